#pragma once
// Commands run inside a kernel zone (through zlogin). A kernel zone has its own kernel, so what
// a guest command sees (its links, its disks) is the zone's virtual hardware, not the host's.
// Each guest command registers itself like a host command:
//   const bool registered = register_guest_command("rmformat", run_rmformat);
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"
#include "zones/commands.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

struct GuestCommandContext {
  CommandContext& host;   // the global zone the zone runs on, and the zlogin invocation
  Zone& zone;
  shell::Invocation& call;  // args[0] is the guest command's name
};

using GuestCommandFn = int (*)(GuestCommandContext&);

bool register_guest_command(std::string name, GuestCommandFn command);
GuestCommandFn find_guest_command(std::string_view name);  // nullptr when none has that name
std::vector<std::string> guest_command_names();              // sorted

}  // namespace kzsim::zones
