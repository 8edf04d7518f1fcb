#pragma once
// The release a kernel zone installation puts in the zone (guide ch.3): a direct install takes
// the host's; an installation image (-b) or a Unified Archive (-a) brings its own.
#include <map>
#include <string>

#include "core/catalog/catalog.hpp"

namespace kzsim::zones {

struct Host;

struct InstallRelease {
  catalog::Version release;
  std::string refusal;  // non-empty: the image cannot be installed in a kernel zone
};

// `options` are zoneadm install's option values ('b' image, 'a' archive). kzsim's images and
// archives are text files; the release is the first "Oracle Solaris RELEASE" they name (an
// archive's "Operating System:" line, archiveadm info). An image that names none is taken to
// hold the host's release (kzsim model; the guide's ISO examples do not show it).
InstallRelease install_release(const Host& host, const std::map<char, std::string>& options);

}  // namespace kzsim::zones
