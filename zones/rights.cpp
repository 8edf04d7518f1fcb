#include "zones/rights.hpp"

#include <algorithm>
#include <map>

namespace kzsim::zones {

namespace {
constexpr std::string_view kRoot = "root";

bool contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// kzsim model of prof_attr(5), reduced to the profiles and authorizations kzsim's host commands
// check (the guide is silent on them): svcadm needs solaris.smf.manage or solaris.smf.modify,
// svccfg setprop solaris.smf.modify; zoneadm's non-list subcommands need solaris.zone.manage
// (zoneadm(8) of 11.4, reference/solaris-facts.md §6), which Zone Management grants.
const std::map<std::string_view, std::vector<std::string_view>, std::less<>> kProfileAuthorizations{
    {"Service Management", {"solaris.smf.manage", "solaris.smf.modify"}},
    {"Service Operator", {"solaris.smf.manage", "solaris.smf.modify.framework"}},
    {"User Management", {"solaris.user.manage", "solaris.group.manage"}},
    {"Zone Management", {"solaris.zone.manage"}},
};
}  // namespace

std::vector<std::string_view> profile_authorizations(std::string_view profile) {
  auto found = kProfileAuthorizations.find(profile);
  return found == kProfileAuthorizations.end() ? std::vector<std::string_view>{} : found->second;
}

bool authorization_covers(std::string_view granted, std::string_view asked) {
  if (granted.ends_with(".*")) return asked.starts_with(granted.substr(0, granted.size() - 1));
  return granted == asked;
}

Accounts::Accounts() { add(std::string(kRoot)); }

Account& Accounts::add(std::string name) {
  auto [it, inserted] = accounts_.try_emplace(name);
  if (inserted) it->second.name = std::move(name);
  return it->second;
}

Account* Accounts::find(std::string_view name) {
  auto it = accounts_.find(name);
  return it == accounts_.end() ? nullptr : &it->second;
}

const Account* Accounts::find(std::string_view name) const {
  auto it = accounts_.find(name);
  return it == accounts_.end() ? nullptr : &it->second;
}

bool Accounts::authorized(std::string_view user, std::string_view auth) const {
  if (user == kRoot) return true;
  const Account* account = find(user);
  if (account == nullptr) return false;
  auto covers = [auth](std::string_view granted) { return authorization_covers(granted, auth); };
  if (std::any_of(account->auths.begin(), account->auths.end(), covers) ||
      std::any_of(std::begin(kBasicAuths), std::end(kBasicAuths), covers))
    return true;
  return std::any_of(account->profiles.begin(), account->profiles.end(), [&](const std::string& profile) {
    const auto granted = profile_authorizations(profile);
    return std::any_of(granted.begin(), granted.end(), covers);
  });
}

bool Accounts::has_profile(std::string_view user, std::string_view profile) const {
  if (user == kRoot) return true;
  const Account* account = find(user);
  return account != nullptr &&
         (contains(account->profiles, profile) ||
          std::find(std::begin(kDefaultProfiles), std::end(kDefaultProfiles), profile) !=
              std::end(kDefaultProfiles));
}

bool runs_with_profile(const Accounts& accounts, const shell::Caller& caller, std::string_view profile) {
  return caller.user == "root" || (caller.with_profiles && accounts.has_profile(caller.user, profile));
}

}  // namespace kzsim::zones
