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
  bool verbose = false;          // -v: pre-copy rounds and a report (kzsim addition)
  shell::Input* input = nullptr;   // where a rads:// or radg:// password is typed; none: no password
};

// The guest's dirty rate in bytes per second: /var/kzsim/workload/ZONE on the source holds a
// size per second ("512M"); kzsim model, 32M when the file is absent.
inline constexpr std::string_view kWorkloadDirectory = "/var/kzsim/workload/";
Bytes dirty_rate(const Host& source, const Zone& zone);

// Runs `zoneadm -z ZONE migrate ...` from `source` (progress lines and errors to `streams`);
// returns the exit status. After success the zone is on the target only; after any failure it
// is exactly where it was.
int migrate_zone(World& world, Host& source, const shell::Caller& caller, const MigrationRequest& request,
                 shell::Streams& streams);

}  // namespace kzsim::zones
