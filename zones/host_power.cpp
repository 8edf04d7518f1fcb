#include "zones/host_power.hpp"

#include "core/shell/streams.hpp"
#include "core/shell/text_input.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

void crash_host(Host& host) {
  for (auto& [name, zone] : host.zones)
    if (zone.state == ZoneState::Running || zone.state == ZoneState::Ready) stop_running(zone);
}

void boot_host(World& world, Host& host) {
  const auto zones_service = host.services.all().find("svc:/system/zones:default");
  if (zones_service == host.services.all().end() || zones_service->second.state != ServiceState::Online) return;
  for (auto& [name, zone] : host.zones) {
    if (zone.state != ZoneState::Installed || zone.config.get("autoboot") != "true") continue;
    // The zones service's own boot: what it prints goes to its log, not to anyone's terminal.
    shell::RecordingStreams log;
    shell::TextInput no_input("", false);
    shell::Invocation boot{shell::Caller{host.name}, {"zoneadm", "-z", name, "boot"}, no_input, log};
    world.run(boot);
  }
}

}  // namespace kzsim::zones
