#pragma once
// What zoneadm install reads of an AI manifest (guide ch.3 "Using an AI Manifest to Install a
// Kernel Zone", Example 3-3): the target's disks and zpools, the Unified Archive that a
// <software type="ARCHIVE"> installs from, and the pkg publishers an IPS install uses.
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::zones {

struct ManifestDisk {
  std::string name;     // <disk_name name="c1d1"/>
  std::string in_zpool;
  int line = 0;
};

struct ManifestPool {
  std::string name;  // <zpool name="tank" is_root="false">
  bool root = false;
  int line = 0;
};

struct ManifestPublisher {
  std::string name;    // <publisher name="solaris">
  std::string origin;  // its first <origin name="..."/>; "" for none
};

struct AiManifest {
  std::vector<ManifestPublisher> publishers;  // of its IPS software, in order
  std::vector<ManifestDisk> disks;
  std::vector<ManifestPool> pools;
  std::string archive;  // the path of the ARCHIVE software's file:// source; empty for IPS
  int archive_line = 0;
};

// `text` is the manifest named `file`; throws InputError naming the file and line of what is not
// XML or not a manifest kzsim reads.
AiManifest read_ai_manifest(std::string_view text, std::string_view file);

}  // namespace kzsim::zones
