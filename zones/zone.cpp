#include "zones/zone.hpp"

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

void stop_running(Zone& zone) {
  zone.state = ZoneState::Installed;
  zone.id = -1;
  zone.live.reset();
  zone.backing_page_size = 0;
  zone.console.reset();
  zone.aux.erase(AuxState::Panicked);
}

}  // namespace kzsim::zones
