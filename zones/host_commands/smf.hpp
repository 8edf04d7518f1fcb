#pragma once
// What svcs, svcadm, svccfg and svcprop share: the host's services with one
// svc:/system/zones/zone:NAME instance per zone, and SMF's messages.
#include <string_view>
#include <vector>

#include "zones/commands.hpp"
#include "zones/services.hpp"

namespace kzsim::zones {

// The host's services, after adding an instance for every zone that has none yet.
Services& host_services(CommandContext& context);

// Whether the caller may act on services (svcadm, svccfg refresh: solaris.smf.manage or
// solaris.smf.modify) or change their properties (svccfg setprop: solaris.smf.modify).
bool may_manage_services(const CommandContext& context);
bool may_modify_services(const CommandContext& context);

}  // namespace kzsim::zones
