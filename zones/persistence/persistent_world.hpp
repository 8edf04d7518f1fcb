#pragma once
// A world kept in a directory across kzsim commands (kzsim shell/exec --world DIR): loaded when
// the directory holds one, else started from a scenario or machine model (world_start.hpp) and
// saved at once; commit() saves it after each command.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "zones/persistence/world_store.hpp"

namespace kzsim::zones::persistence {

// KZSIM_WORLD_KILL_AT=N (a number) makes the writer SIGKILL itself before its Nth write step;
// the crash tests of RELIABILITY.md use it. 0 when unset.
std::uint64_t kill_at_from_environment();

class PersistentWorld {
 public:
  // Throws InputError when the directory holds a world and a start is given too, holds none and
  // no start is given, or is damaged, foreign or in use.
  // `wait`: how long to wait for another kzsim to let the directory go (WorldStore).
  PersistentWorld(const std::filesystem::path& directory, const std::string& scenario_file, const std::string& machine,
                  std::uint64_t kill_at = kill_at_from_environment(),
                  std::chrono::milliseconds wait = std::chrono::milliseconds(0));

  World& world() { return *world_; }
  // Saves the world, then brings the zone roots of its solaris-brand zones up to date
  // (zone_roots.hpp).
  void commit();

 private:
  std::filesystem::path directory_;
  WorldStore store_;
  std::unique_ptr<World> world_;
};

}  // namespace kzsim::zones::persistence
