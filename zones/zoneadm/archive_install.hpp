#pragma once
// Installing a kernel zone from a Unified Archive (guide ch.3, Examples 3-3 and 3-8): the archive
// of `-a ARCHIVE`, or the one an AI manifest's <software type="ARCHIVE"> names (`-m MANIFEST`).
// An archive holding non-root pools needs a manifest whose target creates each of them on disks
// the zone has (c1dN for its device id N); the zone then has the manifest's non-root pools.
#include <map>
#include <string>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

struct ArchiveInstall {
  std::string archive;           // empty: the install is not from an archive
  std::vector<GuestPool> pools;  // the manifest's non-root pools
  std::string error;             // the installer's own ERROR line, printed as it is
  std::string refusal;           // what zoneadm refuses (zoneadm's refusal form)
};

// `options` are zoneadm install's option values ('a' archive, 'm' manifest), files that exist.
ArchiveInstall archive_install(const Host& host, const Zone& zone, const std::map<char, std::string>& options);

}  // namespace kzsim::zones
