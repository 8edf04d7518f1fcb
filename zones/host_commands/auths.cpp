// auths [USER]: the user's authorizations, comma-separated; --json (kzsim) as rows
// {"user", "authorization"}.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/rights_commands.hpp"

namespace kzsim::zones {

namespace {

// The guide's transcripts break the line every 87 characters.
constexpr std::size_t kLineWidth = 87;

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
    std::string text;
    for (std::size_t at = 0; at < joined.size(); at += kLineWidth) text += joined.substr(at, kLineWidth) + "\n";
    return text;
  });
  return 0;
}

const bool registered = register_command("auths", run_auths);

}  // namespace

}  // namespace kzsim::zones
