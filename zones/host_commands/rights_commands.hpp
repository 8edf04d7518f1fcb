#pragma once
// What auths and profiles print for an account: its own rights, those a zone's admin
// resource grants it, then the defaults every account holds.
#include <string>
#include <string_view>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

std::vector<std::string> effective_auths(const Host& host, std::string_view user);
std::vector<std::string> effective_profiles(const Host& host, std::string_view user);

}  // namespace kzsim::zones
