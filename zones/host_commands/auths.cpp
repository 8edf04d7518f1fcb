// auths [USER]: the user's authorizations, comma-separated.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host_commands/rights_commands.hpp"

namespace kzsim::zones {

namespace {

// The guide's transcripts break the line every 87 characters.
constexpr std::size_t kLineWidth = 87;

int run_auths(CommandContext& context) {
  auto& call = context.call;
  const std::string user = call.args.size() > 1 ? call.args[1] : call.caller.user;
  if (context.host.accounts.find(user) == nullptr) {
    call.err(fmt::format("auths: {} : No such user\n", user));
    return 1;
  }
  std::string joined;
  for (const auto& auth : effective_auths(context.host, user)) joined += (joined.empty() ? "" : ",") + auth;
  std::string text;
  for (std::size_t at = 0; at < joined.size(); at += kLineWidth) text += joined.substr(at, kLineWidth) + "\n";
  call.out(text);
  return 0;
}

const bool registered = register_command("auths", run_auths);

}  // namespace

}  // namespace kzsim::zones
