// svcadm: enable, disable, refresh, restart and clear service instances.
#include <fmt/format.h>

#include <map>

#include "zones/host_commands/options.hpp"
#include "zones/host_commands/smf.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage =
    "Usage: svcadm [-v] [cmd [args ... ]]\n\n"
    "\tsvcadm enable [-rst] <service> ...\t- enable and online service(s)\n"
    "\tsvcadm disable [-st] <service> ...\t- disable and offline service(s)\n"
    "\tsvcadm restart <service> ...\t\t- restart specified service(s)\n"
    "\tsvcadm refresh <service> ...\t\t- re-read service configuration\n"
    "\tsvcadm clear <service> ...\t\t- clear maintenance state";

// The state each subcommand leaves an instance in; nothing: unchanged.
std::optional<ServiceState> next_state(std::string_view action, const Service& service) {
  if (action == "enable") return service.state == ServiceState::Maintenance ? service.state : ServiceState::Online;
  if (action == "disable") return ServiceState::Disabled;
  if (action == "clear" && (service.state == ServiceState::Maintenance || service.state == ServiceState::Degraded))
    return ServiceState::Online;
  return std::nullopt;
}

int run_svcadm(CommandContext& context) {
  auto& call = context.call;
  static const std::map<std::string, std::string, std::less<>> kFlags{
      {"enable", "rst"}, {"disable", "st"}, {"refresh", ""}, {"restart", ""}, {"clear", ""}};
  auto flags = call.args.size() > 1 ? kFlags.find(call.args[1]) : kFlags.end();
  if (flags == kFlags.end()) {
    call.err(fmt::format("{}\n", kUsage));
    return 2;
  }
  const std::string action = flags->first;
  auto options = parse_options(call, flags->second, "", kUsage, 2);
  if (!options) return 2;
  if (options->operands.empty()) {
    call.err(fmt::format("{}\n", kUsage));
    return 2;
  }
  int status = 0;
  const SimDuration now = context.world.clock().now();
  // Every instance an operand names: a service's FMRI (svc:/system/zones/zone) stands for all its
  // instances, as svcadm walks its operands with SCF_WALK_MULTIPLE (illumos svcadm.c WALK_FLAGS;
  // guide ch.6: "svcadm refresh svc:/system/zones/zone" after setting a target for all zones).
  for (const auto& pattern : options->operands) {
    const std::vector<Service*> services = host_services(context).instances(pattern);
    if (services.empty()) {
      call.err(fmt::format("svcadm: Pattern '{}' doesn't match any instances\n", pattern));
      status = 1;
    }
    for (Service* service : services) {
      if (!may_manage_services(context)) {
        call.err(fmt::format("svcadm: {}: Permission denied.\n", service->fmri));
        status = 1;
        continue;
      }
      // illumos svcadm.c, clear_instance(): "Instance \"%s\" is not in a maintenance or degraded
      // state.", exit status 1; a Solaris 11.4 host prints it for `svcadm clear
      // svc:/network/smtp:sendmail` on an online service (tests/scenarios/real).
      if (action == "clear" && service->state != ServiceState::Maintenance && service->state != ServiceState::Degraded) {
        call.err(fmt::format("svcadm: Instance \"{}\" is not in a maintenance or degraded state.\n", service->fmri));
        status = 1;
        continue;
      }
      if (auto state = next_state(action, *service); state && *state != service->state) {
        service->state = *state;
        service->since = now;
      } else if (action == "restart" && service->state == ServiceState::Online) {
        service->since = now;
      }
      run_service_actions(context, *service, action);
    }
  }
  return status;
}

const bool registered = register_command("svcadm", run_svcadm);

}  // namespace

}  // namespace kzsim::zones
