// usermod -P [+|-]"Profile,..." -A [+|-]auth,... USER: grant or replace rights. Only root, or a
// user running it through pfexec with the User Management profile (whose exec attribute runs
// usermod as uid 0), may; the refusal text and status 1 are a kzsim model.
#include <fmt/format.h>

#include <algorithm>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

// "+a,b" adds, "-a" removes, "a,b" replaces.
void modify(std::vector<std::string>& list, std::string_view change) {
  const char mode = change.empty() ? '=' : change.front();
  if (mode == '+' || mode == '-') change.remove_prefix(1);
  if (mode != '+' && mode != '-') list.clear();
  for (std::size_t start = 0; start <= change.size();) {
    const auto comma = std::min(change.find(',', start), change.size());
    const std::string item(change.substr(start, comma - start));
    start = comma + 1;
    if (item.empty()) continue;
    auto existing = std::find(list.begin(), list.end(), item);
    if (mode == '-' && existing != list.end()) list.erase(existing);
    if (mode != '-' && existing == list.end()) list.push_back(item);
  }
}

int run_usermod(CommandContext& context) {
  auto& call = context.call;
  auto options = parse_options(call, "", "PA", "UX: usermod: ERROR: usage: usermod [-P profile[,...]] [-A authorization[,...]] login");
  if (!options) return 2;
  if (options->operands.size() != 1) {
    call.err("UX: usermod: ERROR: usage: usermod [-P profile[,...]] [-A authorization[,...]] login\n");
    return 2;
  }
  const auto& caller = call.caller;
  if (caller.user != "root" && !(caller.with_profiles && context.host.accounts.has_profile(caller.user, "User Management"))) {
    call.err("UX: usermod: ERROR: Permission denied.\n");
    return 1;
  }
  const std::string& user = options->operands.front();
  Account* account = context.host.accounts.find(user);
  if (account == nullptr) {
    call.err(fmt::format("UX: usermod: ERROR: {} does not exist.\n", user));
    return 6;
  }
  if (auto profiles = options->values.find('P'); profiles != options->values.end()) modify(account->profiles, profiles->second);
  if (auto auths = options->values.find('A'); auths != options->values.end()) modify(account->auths, auths->second);
  return 0;
}

const bool registered = register_command("usermod", run_usermod);

}  // namespace

}  // namespace kzsim::zones
