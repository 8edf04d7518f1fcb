#pragma once
// What zoneadm install prints, one table per install method: the guide's transcripts of ch.3
// Examples 3-1 (direct), 3-2 (-m manifest) and 3-4 (-c profile), with the lines the guide elides
// as "..." filled in, and the summaries kzsim prints for -a archive and -b media installs.
#include <string>
#include <string_view>
#include <vector>

#include "core/units.hpp"

namespace kzsim::zones {

// In the order of install_transcript.cpp's tables.
enum class InstallMethod { Direct, Manifest, Profile, Archive, Media };

// A pkg publisher of the image being installed, in search order. One without an origin is known
// to the image (its catalog is refreshed) but not one the AI manifest installs from.
struct Publisher {
  std::string name;
  std::string origin;  // as the AI manifest writes it; "" for none
};

// The values a transcript takes from the simulation.
struct InstallValues {
  std::string_view zone;
  std::string_view log;          // zoneadm.TIMESTAMP.ZONE.install under /var/log/zones
  int install_pid = 0;           // /system/volatile/install.PID/install_log
  int zoneadm_pid = 0;           // /tmp/zoneadmPID.SUFFIX: zoneadm's merged AI manifest
  std::string_view tmp_suffix;   // six mkdtemp characters
  std::string_view ai_manifest;  // the manifest in effect (named by the archive summary)
  std::string_view sc_profile;
  std::vector<Publisher> publishers;  // from the AI manifest in effect; at least one
};

// How long an install by `method` takes (the guide's "Installation completed in" figure).
SimDuration install_time(InstallMethod method);

std::string install_transcript(InstallMethod method, const InstallValues& values);

}  // namespace kzsim::zones
