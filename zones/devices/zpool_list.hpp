#pragma once
// zpool list [-H] [-o field[,...]] [pool]... [--json] inside a kernel zone.
#include <string_view>

#include "zones/devices/guest_commands.hpp"

namespace kzsim::zones {

// `usage`: what zpool's refusals say is expected.
int zpool_list(GuestCommandContext& guest, std::string_view usage);

}  // namespace kzsim::zones
