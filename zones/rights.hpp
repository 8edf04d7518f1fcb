#pragma once
// Users of a global zone with their rights profiles and authorizations (usermod -P/-A, auths,
// profiles). root holds every right.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"

namespace kzsim::zones {

struct Account {
  std::string name;
  std::vector<std::string> profiles;  // in the order granted
  std::vector<std::string> auths;     // in the order granted
};

// What every account holds through the policy.conf defaults (auths and profiles print them
// after the user's own).
inline constexpr std::string_view kBasicAuths[] = {
    "solaris.admin.wusb.read", "solaris.mail.mailq", "solaris.network.autoconf.read"};
inline constexpr std::string_view kDefaultProfiles[] = {"Basic Solaris User", "All"};

// The authorizations a rights profile grants (prof_attr auths=); empty for a profile kzsim does
// not model. Authorizations from profiles hold without pfexec; a profile's commands with
// privileges need pfexec (Caller::with_profiles).
std::vector<std::string_view> profile_authorizations(std::string_view profile);

// Whether a granted authorization covers the one asked for: equal, or a "prefix.*" wildcard.
bool authorization_covers(std::string_view granted, std::string_view asked);

class Accounts {
 public:
  Accounts();  // root only
  Account& add(std::string name);  // or the existing account of that name
  Account* find(std::string_view name);
  const Account* find(std::string_view name) const;
  // Whether the user holds the authorization directly, by default, through a profile, or as
  // root.
  bool authorized(std::string_view user, std::string_view auth) const;
  // Whether the user holds the profile (root holds "All" and every other).
  bool has_profile(std::string_view user, std::string_view profile) const;
  const std::map<std::string, Account, std::less<>>& all() const { return accounts_; }

 private:
  std::map<std::string, Account, std::less<>> accounts_;
};

// Whether the caller runs with the privileges of `profile`: as root, or as a user holding it
// through pfexec or a profile shell.
bool runs_with_profile(const Accounts& accounts, const shell::Caller& caller, std::string_view profile);

}  // namespace kzsim::zones
