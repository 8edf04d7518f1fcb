#include "zones/host_commands/rights_commands.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace kzsim::zones {

namespace {

// Zone-scoped rights an admin resource grants (guide example 5-1: auths=migrate shows
// solaris.zone.migrate/kzone1 and the Zone Migration profile).
const std::map<std::string, std::string, std::less<>> kAdminProfiles{
    {"migrate", "Zone Migration"}, {"config", "Zone Configuration"}, {"manage", "Zone Management"}};

void add_unique(std::vector<std::string>& list, std::string item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(std::move(item));
}

// The auths property of each admin resource naming the user: (zone, auth) pairs.
std::vector<std::pair<std::string, std::string>> zone_admin_auths(const Host& host, std::string_view user) {
  std::vector<std::pair<std::string, std::string>> found;
  for (const auto& [name, zone] : host.zones)
    for (const auto& resource : zone.config.resources) {
      if (resource.type != "admin" || resource.get("user") != user) continue;
      const PropertyValue* auths = resource.find("auths");
      if (auths == nullptr) continue;
      std::vector<std::string> items = auths->items;
      if (!auths->is_list)
        for (std::size_t start = 0; start <= auths->text.size();) {
          const auto comma = std::min(auths->text.find(',', start), auths->text.size());
          if (comma > start) items.push_back(auths->text.substr(start, comma - start));
          start = comma + 1;
        }
      for (auto& auth : items) found.emplace_back(name, std::move(auth));
    }
  return found;
}

}  // namespace

std::vector<std::string> effective_auths(const Host& host, std::string_view user) {
  if (user == "root") return {"solaris.*"};
  std::vector<std::string> auths(std::begin(kBasicAuths), std::end(kBasicAuths));
  if (const Account* account = host.accounts.find(user)) {
    for (const auto& auth : account->auths) add_unique(auths, auth);
    for (const auto& profile : account->profiles)
      for (std::string_view auth : profile_authorizations(profile)) add_unique(auths, std::string(auth));
  }
  for (const auto& [zone, auth] : zone_admin_auths(host, user)) add_unique(auths, "solaris.zone." + auth + "/" + zone);
  return auths;
}

bool zone_authorized(const Host& host, std::string_view user, std::string_view auth, std::string_view zone) {
  const std::string zone_wide = fmt::format("solaris.zone.{}", auth);
  if (host.accounts.authorized(user, zone_wide) || host.accounts.authorized(user, fmt::format("{}/{}", zone_wide, zone)))
    return true;
  const auto granted = zone_admin_auths(host, user);
  return std::find(granted.begin(), granted.end(), std::pair<std::string, std::string>(zone, auth)) != granted.end();
}

std::vector<std::string> effective_profiles(const Host& host, std::string_view user) {
  std::vector<std::string> profiles;
  if (const Account* account = host.accounts.find(user); account != nullptr && user != "root")
    profiles = account->profiles;
  for (const auto& [zone, auth] : zone_admin_auths(host, user))
    if (auto profile = kAdminProfiles.find(auth); profile != kAdminProfiles.end()) add_unique(profiles, profile->second);
  for (std::string_view profile : kDefaultProfiles)
    if (user != "root" || profile == "All") add_unique(profiles, std::string(profile));
  return profiles;
}

}  // namespace kzsim::zones
