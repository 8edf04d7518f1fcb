#pragma once
// A zone as its host knows it: name, state, auxiliary states, persistent and live configuration.
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/random.hpp"
#include "core/units.hpp"
#include "zones/zone_config.hpp"

namespace kzsim::zones {

struct ZoneConsole;  // zones/console
struct Host;         // zones/host.hpp: the Solaris a kernel zone runs is a host of its own

enum class ZoneState { Configured, Incomplete, Installed, Ready, Running, ShuttingDown, Down, Unavailable };

// "configured", "incomplete", "installed", "ready", "running", "shutting_down", "down",
// "unavailable", as zoneadm list prints them.
std::string_view state_name(ZoneState state);

enum class AuxState { Suspended, MigratingIn, MigratingOut, Panicked, Debugging, NoConfig };

// "suspended", "migrating-in", "migrating-out", "panicked", "debugging", "no-config".
std::string_view aux_state_name(AuxState state);

// A ZFS pool made inside the zone besides its root pool (zpool create), on the zone's disks.
struct GuestPool {
  std::string name;
  std::vector<std::string> disks;  // c1dN, as given
};

struct Zone {
  std::string name;
  int id = -1;  // -1 when the zone is not running
  ZoneState state = ZoneState::Configured;
  std::set<AuxState> aux;
  ZoneConfig config;               // persistent configuration
  std::optional<ZoneConfig> live;  // the running zone's configuration, while it runs
  std::string uuid;                // given at install ("890d94b7-23c7-48c8-922e-ede10c3d1ac6")
  std::string boot_environment_uuid;  // its boot environment's, given at install (zone_identity)
  catalog::Version guest_os;       // the Oracle Solaris release installed in the zone
  std::vector<GuestPool> pools;    // the guest's pools besides rpool, in creation order
  Bytes backing_page_size = 0;     // page size backing the zone's memory; 0 until it runs
  std::shared_ptr<ZoneConsole> console;  // the booted guest and its console; null when not booted
  // The Oracle Solaris installed in a kernel zone (its files, services, processes and nested
  // zones; zones/guest); null until something inside the zone first needs it.
  std::shared_ptr<Host> guest;
};

// A random (version 4) UUID drawn from `random`, as zoneadm install gives each zone.
std::string random_uuid(SeededRandom random);

// The zone stops running where it is (installed): no id, live configuration, backing memory,
// booted guest, or the auxiliary states of a running guest (panicked, debugging).
void stop_running(Zone& zone);

}  // namespace kzsim::zones
