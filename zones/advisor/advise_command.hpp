#pragma once
// `kzsim advise HOST... [--zone ZONE]` inside a simulated world: the cluster baseline of the
// hosts, or with --zone and one target every reason the zone could not migrate there from the
// host the command runs on.
#include "zones/commands.hpp"

namespace kzsim::zones {

// `context.call.args` is {"kzsim", "advise", ...}.
int run_advise(CommandContext& context);

}  // namespace kzsim::zones
