#pragma once
// RAD over rads:// and radg:// authenticates the target user with a password, which zoneadm
// migrate asks for with "Password:" (guide Examples 5-8 and 5-10) and the target checks against
// its /etc/shadow (user:crypt(3) hash:...). An account without a usable hash there (none, empty,
// or locked such as "*LK*" and "NP") cannot log in with a password.
#include <string>
#include <string_view>

#include "core/shell/command.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

// Reads the password from `input` (nothing typed counts as none) and checks it on `target`:
// "" when `user` may log in, else the refusal (after "zoneadm: zone 'Z': ").
std::string rad_password_refusal(const Host& target, std::string_view user, shell::Input& input);

}  // namespace kzsim::zones
