#include "zones/console/guest_scheduler.hpp"

#include <algorithm>

#include "zones/console/zone_console.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

struct Placed {
  Host* host = nullptr;
  Zone* zone = nullptr;
};

// The running zone whose console this is (a migrated zone's console moves with it).
Placed place_of(World& world, const ZoneConsole& console) {
  for (const std::string& name : world.host_names()) {
    Host& host = *world.find_host(name);
    for (auto& [zone_name, zone] : host.zones)
      if (zone.state == ZoneState::Running && zone.console.get() == &console) return {&host, &zone};
  }
  return {};
}

}  // namespace

GuestScheduler::Entry* GuestScheduler::find(const ZoneConsole& console) {
  const auto found =
      std::ranges::find_if(entries_, [&](const Entry& entry) { return entry.console.lock().get() == &console; });
  return found == entries_.end() ? nullptr : &*found;
}

bool GuestScheduler::scheduled(const ZoneConsole& console) const {
  return std::ranges::any_of(entries_, [&](const Entry& entry) { return entry.console.lock().get() == &console; });
}

void GuestScheduler::start(const std::shared_ptr<ZoneConsole>& console, SimDuration now) {
  if (find(*console) == nullptr) entries_.push_back({console, now, exec::GuestTime(0), false});
}

void GuestScheduler::pause(const ZoneConsole& console, bool paused) {
  if (Entry* entry = find(console)) entry->paused = paused;
}

void GuestScheduler::advance(World& world) {
  if (entries_.empty()) return;
  const SimDuration now = world.clock().now();
  struct Running {
    std::shared_ptr<ZoneConsole> console;
    Host* host;
    Zone* zone;
    exec::GuestTime* time;
  };
  std::vector<Running> running;
  std::erase_if(entries_, [&](Entry& entry) {
    const auto console = entry.console.lock();
    if (!console || !console->guest || console->guest->exited()) return true;
    const Placed placed = place_of(world, *console);
    return placed.zone != nullptr && placed.zone->aux.contains(AuxState::Panicked);
  });
  for (Entry& entry : entries_) {
    auto console = entry.console.lock();
    const Placed placed = place_of(world, *console);
    // A zone not running (suspended: its console and guest are kept) gets no time meanwhile.
    if (placed.zone != nullptr && placed.host->up && !entry.paused) {
      entry.time.set_clock(placed.host->model->topology.clock_mhz);
      entry.time.grant(now - entry.until);
      running.push_back({std::move(console), placed.host, placed.zone, &entry.time});
    }
    entry.until = now;
  }
  for (bool progressed = true; progressed;) {
    progressed = false;
    for (Running& guest : running) {
      const exec::Guest& cpu = *guest.console->guest;
      const std::uint64_t budget = guest.time->budget(kGuestSlice);
      if (budget == 0 || cpu.exited() || guest.zone->aux.contains(AuxState::Panicked)) continue;
      const std::uint64_t before = cpu.instructions();
      const exec::RunResult result = run_zone_guest(*guest.host, *guest.zone, budget);
      guest.time->account(cpu.instructions() - before, result);
      progressed = true;
    }
  }
}

}  // namespace kzsim::zones
