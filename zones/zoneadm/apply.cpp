// zoneadm apply [-n] [-q]: the persistent configuration applied to the running zone (guide ch.4).
#include <fmt/format.h>

#include "zones/host_commands/options.hpp"
#include "zones/zoneadm/live_apply.hpp"
#include "zones/zoneadm/subcommands.hpp"

namespace kzsim::zones {

int zoneadm_apply(ZoneCall& call) {
  constexpr std::string_view kUsage = "usage: zoneadm -z zonename apply [-n] [-q]";
  const auto options = parse_options(call.context.call, "nq", "", kUsage, call.options_at);
  if (!options) return 2;
  if (!options->operands.empty()) {
    call.context.call.err(fmt::format("zoneadm: apply: unexpected operand '{}'\n{}\n", options->operands.front(), kUsage));
    return 2;
  }
  if (call.zone.state != ZoneState::Running) {
    return call.refuse(fmt::format("zone is {}; expected a running zone to apply its configuration to.",
                                   state_name(call.zone.state)));
  }
  return apply_live_configuration(call.context.host, call.zone, call.zone.config, call.context.call,
                                  {options->has('n'), options->has('q')});
}

}  // namespace kzsim::zones
