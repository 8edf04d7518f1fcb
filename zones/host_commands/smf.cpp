#include "zones/host_commands/smf.hpp"

#include <fmt/format.h>

#include "zones/host.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

Services& host_services(CommandContext& context) {
  Host& host = context.host;
  for (const auto& [name, zone] : host.zones) {
    const std::string fmri = "svc:/system/zones/zone:" + name;
    if (host.services.all().contains(fmri)) continue;
    Service instance;
    instance.fmri = fmri;
    instance.state = zone.state == ZoneState::Running ? ServiceState::Online : ServiceState::Disabled;
    instance.since = context.world.clock().now();
    host.services.add(std::move(instance));
  }
  return host.services;
}

bool may_modify_services(const CommandContext& context) {
  return context.host.accounts.authorized(context.call.caller.user, "solaris.smf.modify");
}

bool may_manage_services(const CommandContext& context) {
  return may_modify_services(context) ||
         context.host.accounts.authorized(context.call.caller.user, "solaris.smf.manage");
}

}  // namespace kzsim::zones
