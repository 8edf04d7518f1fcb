#include "zones/zone.hpp"

#include <fmt/format.h>

namespace kzsim::zones {

std::string_view state_name(ZoneState state) {
  switch (state) {
    case ZoneState::Configured: return "configured";
    case ZoneState::Incomplete: return "incomplete";
    case ZoneState::Installed: return "installed";
    case ZoneState::Ready: return "ready";
    case ZoneState::Running: return "running";
    case ZoneState::ShuttingDown: return "shutting_down";
    case ZoneState::Down: return "down";
    case ZoneState::Unavailable: return "unavailable";
  }
  return "unavailable";
}

std::string_view aux_state_name(AuxState state) {
  switch (state) {
    case AuxState::Suspended: return "suspended";
    case AuxState::MigratingIn: return "migrating-in";
    case AuxState::MigratingOut: return "migrating-out";
    case AuxState::Panicked: return "panicked";
    case AuxState::Debugging: return "debugging";
    case AuxState::NoConfig: return "no-config";
  }
  return "no-config";
}

std::string random_uuid(SeededRandom random) {
  const std::uint64_t high = random.next(), low = random.next();
  constexpr std::uint64_t kVersion4 = 0x4000, kVariant10 = 0x8000'0000'0000'0000ULL;
  const std::uint64_t time = (high & ~0xf000ULL) | kVersion4;
  const std::uint64_t clock_and_node = (low >> 2) | kVariant10;
  return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", time >> 32, (time >> 16) & 0xffff, time & 0xffff,
                     clock_and_node >> 48, clock_and_node & 0xffff'ffff'ffffULL);
}

void stop_running(Zone& zone) {
  zone.state = ZoneState::Installed;
  zone.id = -1;
  zone.live.reset();
  zone.backing_page_size = 0;
  zone.console.reset();
  zone.aux.erase(AuxState::Panicked);
  zone.aux.erase(AuxState::Debugging);
}

}  // namespace kzsim::zones
