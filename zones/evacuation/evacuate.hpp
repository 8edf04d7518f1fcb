#pragma once
// sysadm evacuate: moves every running kernel zone of a host in maintenance mode to its
// evacuation target (live migration), with -a also the installed zones (cold migration), and
// with -r brings them back. Chapter 6 of the kernel zones guide.
#include <functional>

#include "core/shell/command.hpp"
#include "zones/migration/migrate.hpp"

namespace kzsim::zones {

class World;

struct EvacuateOptions {
  bool all = false;        // -a
  bool dry_run = false;    // -n
  bool quiet = false;      // -q
  bool verbose = false;    // -v
  bool overwrite = false;  // -W
};

// zoneadm migrate as evacuation uses it; tests substitute their own.
using Migrator = std::function<int(World&, Host& source, const shell::Caller&, const MigrationRequest&, shell::Streams&)>;

// Both return the exit status: 0 only when no zone is left running on the source and every
// zone the run touched moved.
int evacuate(World& world, Host& source, const shell::Caller& caller, const EvacuateOptions& options,
             shell::Streams& streams, const Migrator& migrator = migrate_zone);
int return_evacuated(World& world, Host& source, const shell::Caller& caller, const EvacuateOptions& options,
                     shell::Streams& streams, const Migrator& migrator = migrate_zone);

}  // namespace kzsim::zones
