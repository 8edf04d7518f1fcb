#pragma once
// The image zoneadm suspend writes to the zone's suspend resource and a resuming boot reads
// (guide ch.2 "Configuring the suspend Resource Type"), sealed (sealed.hpp) under the zone's
// key like its host data: a wrong key, a changed byte or a cut file is refused and nothing is
// resumed from it.
#include <string>
#include <string_view>

#include "zones/world.hpp"

namespace kzsim::zones::persistence {

// The suspend resource's storage URI (or dev:PATH); "" without a suspend resource.
std::string suspend_target(const Zone& zone);

// False when the storage is unreachable from `host`.
bool write_suspend_image(World& world, Host& host, const Zone& zone, std::string_view text);

// "" when the zone's image opens with its key; else the refusal's lines ("zone 'Z': error: ...").
std::string suspend_image_refusal(const World& world, const Host& host, const Zone& zone);

}  // namespace kzsim::zones::persistence
