// profiles [USER]: the user's rights profiles, most specific first.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host_commands/rights_commands.hpp"

namespace kzsim::zones {

namespace {

int run_profiles(CommandContext& context) {
  auto& call = context.call;
  const std::string user = call.args.size() > 1 ? call.args[1] : call.caller.user;
  if (context.host.accounts.find(user) == nullptr) {
    call.err(fmt::format("profiles: {} : No such user\n", user));
    return 1;
  }
  std::string text = user + ":\n";
  for (const auto& profile : effective_profiles(context.host, user)) text += profile + "\n";
  call.out(text);
  return 0;
}

const bool registered = register_command("profiles", run_profiles);

}  // namespace

}  // namespace kzsim::zones
