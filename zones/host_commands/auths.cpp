// auths [USER]: the user's authorizations, comma-separated on one line (the guide's page wraps it
// at 87 columns, even inside a word: tests/zones/teaching/guide_line_breaks.yaml); --json (kzsim)
// as rows {"user", "authorization"}.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/rights_commands.hpp"

namespace kzsim::zones {

namespace {

int run_auths(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  const std::string user = call.args.size() > 1 ? call.args[1] : call.caller.user;
  if (context.host.accounts.find(user) == nullptr) {
    call.err(fmt::format("auths: {} : No such user\n", user));
    return 1;
  }
  Listing rows;
  for (const auto& auth : effective_auths(context.host, user)) rows.push_back({{"user", user}, {"authorization", auth}});
  print_listing(call, json, rows, [](const Listing& listed) {
    std::string joined;
    for (const ListingRow& row : listed) joined += (joined.empty() ? "" : ",") + cell_text(row["authorization"]);
    return joined + "\n";
  });
  return 0;
}

const bool registered = register_command("auths", run_auths);

}  // namespace

}  // namespace kzsim::zones
