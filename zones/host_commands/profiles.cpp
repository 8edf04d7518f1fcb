// profiles [USER]: the user's rights profiles, most specific first; --json (kzsim) as rows
// {"user", "profile"}.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/rights_commands.hpp"

namespace kzsim::zones {

namespace {

int run_profiles(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  const std::string user = call.args.size() > 1 ? call.args[1] : call.caller.user;
  if (context.host.accounts.find(user) == nullptr) {
    call.err(fmt::format("profiles: {} : No such user\n", user));
    return 1;
  }
  Listing rows;
  for (const auto& profile : effective_profiles(context.host, user)) rows.push_back({{"user", user}, {"profile", profile}});
  print_listing(call, json, rows, [&user](const Listing& listed) {
    std::string text = user + ":\n";
    for (const ListingRow& row : listed) text += cell_text(row["profile"]) + "\n";
    return text;
  });
  return 0;
}

const bool registered = register_command("profiles", run_profiles);

}  // namespace

}  // namespace kzsim::zones
