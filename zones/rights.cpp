#include "zones/rights.hpp"

#include <algorithm>

namespace kzsim::zones {

namespace {
constexpr std::string_view kRoot = "root";

bool contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}
}  // namespace

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
  return contains(account->auths, auth) ||
         std::find(std::begin(kBasicAuths), std::end(kBasicAuths), auth) != std::end(kBasicAuths);
}

bool Accounts::has_profile(std::string_view user, std::string_view profile) const {
  if (user == kRoot) return true;
  const Account* account = find(user);
  return account != nullptr &&
         (contains(account->profiles, profile) ||
          std::find(std::begin(kDefaultProfiles), std::end(kDefaultProfiles), profile) !=
              std::end(kDefaultProfiles));
}

}  // namespace kzsim::zones
