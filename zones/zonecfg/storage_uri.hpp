#pragma once
// Storage URIs (suri(7)) as kernel-zone device and suspend resources name them:
//   dev:/dev/dsk/c9t0d0                       local device or zvol (one host only)
//   iscsi://zfssa/luname.naa.600144F0...      iSCSI LU, host optional (iscsi:///luname...)
//   nfs://user:group@host[:port]/path/file     a file on NFS; IPv6 hosts in brackets
//   lu:luname.naa.600144F0...                  a local or SAN logical unit
// A pure function, for zonecfg, zoneadm migrate and the shared-storage checks alike.
#include <optional>
#include <string>
#include <string_view>

namespace kzsim::zones {

struct StorageUri {
  std::string scheme;  // "dev", "iscsi", "nfs", "lu"
  std::string host;    // iscsi/nfs; IPv6 without brackets; empty when none
  std::optional<int> port;
  std::string path;    // dev: the device path; iscsi: "luname.naa...."; nfs: "/export/..."; lu: the LU
  std::string user, group;  // nfs only
  bool shared = false;      // reachable from several hosts (every scheme but dev:)
};

struct StorageUriResult {
  std::optional<StorageUri> uri;
  std::string error;  // why the text is not a storage URI, naming it; empty on success
};

StorageUriResult parse_storage_uri(std::string_view text);

}  // namespace kzsim::zones
