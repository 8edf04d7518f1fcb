#pragma once
// What auths and profiles print for an account: its own rights, those a zone's admin
// resource grants it, then the defaults every account holds.
#include <string>
#include <string_view>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

std::vector<std::string> effective_auths(const Host& host, std::string_view user);
// Whether the user holds solaris.zone.AUTH over `zone` ("manage", "config", "migrate"): for every
// zone, for this one (solaris.zone.AUTH/ZONE), or through an admin resource of the zone naming
// the user with AUTH among its auths. root holds every right.
bool zone_authorized(const Host& host, std::string_view user, std::string_view auth, std::string_view zone);
std::vector<std::string> effective_profiles(const Host& host, std::string_view user);

}  // namespace kzsim::zones
