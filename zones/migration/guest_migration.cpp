#include "zones/migration/guest_migration.hpp"

#include "zones/console/zone_console.hpp"

namespace kzsim::zones {

GuestPrecopy::GuestPrecopy(exec::Guest& source, std::unique_ptr<exec::Guest> target)
    : target_(std::move(target)), transfer_(source, *target_) {}

void GuestPrecopy::send_round(SimDuration) { transfer_.send_round(); }

std::unique_ptr<exec::Guest> GuestPrecopy::switch_over() {
  transfer_.switch_over();
  return std::move(target_);
}

std::unique_ptr<GuestPrecopy> guest_precopy(const Zone& zone, const Host& target) {
  const ZoneConsole* console = zone.console.get();
  if (console == nullptr || !console->guest || console->guest->exited() || zone.aux.contains(AuxState::Panicked))
    return nullptr;
  return std::make_unique<GuestPrecopy>(*console->guest, make_zone_guest(target, console->features));
}

}  // namespace kzsim::zones
