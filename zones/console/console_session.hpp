#pragma once
// zlogin -C ZONE: shows the zone's console from its boot on, then passes each line typed on
// stdin to it (menu choices, the ok prompt) until "~." or the end of input.
#include "zones/commands.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

int attach_console(CommandContext& context, Zone& zone);

}  // namespace kzsim::zones
