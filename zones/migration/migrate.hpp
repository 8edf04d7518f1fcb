#pragma once
// zoneadm migrate: moves a kernel zone to another host (cold, warm or live), as chapter 5 of
// the kernel zones guide describes it.
#include <string>

#include "core/shell/command.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

class World;

struct MigrationRequest {
  std::string zone;
  std::string uri;
  bool dry_run = false;          // -n
  bool quiet = false;            // -q
  std::string cipher;            // -c: "" = negotiate, "list", "none", or a cipher name
  std::string type = "auto";     // -t: "auto" or "live"
  bool use_source_config = false;  // -w
};

// Runs `zoneadm -z ZONE migrate ...` from `source` (progress lines and errors to `streams`);
// returns the exit status. After success the zone is on the target only; after any failure it
// is exactly where it was.
int migrate_zone(World& world, Host& source, const shell::Caller& caller, const MigrationRequest& request,
                 shell::Streams& streams);

}  // namespace kzsim::zones
