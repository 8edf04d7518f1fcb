#include "zones/persistence/persistent_world.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "core/error.hpp"
#include "zones/persistence/world_start.hpp"
#include "zones/persistence/zone_roots.hpp"

namespace kzsim::zones::persistence {

std::uint64_t kill_at_from_environment() {
  const char* text = std::getenv("KZSIM_WORLD_KILL_AT");
  if (text == nullptr) return 0;
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text, text + std::strlen(text), value);
  if (error != std::errc{} || *end != '\0')
    throw InputError(fmt::format("KZSIM_WORLD_KILL_AT={}: expected a whole number of write steps", text));
  return value;
}

PersistentWorld::PersistentWorld(const std::filesystem::path& directory, const std::string& scenario_file,
                                 const std::string& machine, std::uint64_t kill_at, std::chrono::milliseconds wait)
    : directory_(directory), store_(directory, kill_at, wait) {
  const bool start = !scenario_file.empty() || !machine.empty();
  if (store_.holds_world()) {
    if (start)
      throw InputError(fmt::format("--world {} already holds a world; expected no SCENARIO or --machine with it",
                                   directory.string()));
    world_ = store_.load();
    return;
  }
  if (!start)
    throw InputError(fmt::format("--world {} holds no world yet; expected a SCENARIO file or --machine ID to start it from",
                                 directory.string()));
  world_ = start_world(scenario_file, machine);
  store_.save(*world_);
}

void PersistentWorld::commit() {
  store_.save(*world_);
  sync_zone_roots(*world_, directory_);
}

}  // namespace kzsim::zones::persistence
