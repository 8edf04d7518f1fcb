#pragma once
// Storage URIs mapped to devices of a host (suri(7), suriadm(8)). A URI is mapped either by
// `suriadm map` (kept in the host's file system under /system/volatile, which a reboot of the
// real host empties too) or by a running kernel zone whose device uses it: zoneadm maps an NFS
// URI under the mountpoint-prefix /system/volatile/zones/ZONE, the place the guide names for
// troubleshooting and recovery.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "zones/host.hpp"
#include "zones/zonecfg/storage_uri.hpp"

namespace kzsim::zones {

// INFERRED: where suriadm mounts NFS shares when no mountpoint-prefix is given.
inline constexpr std::string_view kDefaultMountpointPrefix = "/system/volatile/suri";

struct SuriMapping {
  std::string device;  // /dev/dsk/c0t...d0, a zvol or lofi path, or the NFS file under its mount point
  std::string zone;    // the running zone holding the mapping; empty for suriadm map
};

// The device `uri` maps to: dev: its own path, lu: and iscsi: the LU's multipathed disk, nfs:
// the file under PREFIX/HOST/SHARE-PATH.
std::string mapped_device(const StorageUri& uri, std::string_view mountpoint_prefix);

// Every mapping on the host, by URI: suriadm's, then each running zone's.
std::vector<std::pair<std::string, SuriMapping>> host_mappings(const Host& host);
std::optional<SuriMapping> find_mapping(const Host& host, std::string_view uri);

// The URIs that name `device`: an MPxIO disk's lu: URI, the URIs mapped to it, its dev: URI.
std::vector<std::string> uris_of_device(const Host& host, std::string_view device);
void add_mapping(Host& host, std::string_view uri, const std::string& device);
void remove_mapping(Host& host, std::string_view uri);

}  // namespace kzsim::zones
