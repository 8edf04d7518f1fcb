#pragma once
// What may come next on a line typed at `kzsim shell` on a host: at the shell's prompt,
// commands, their options and subcommands, zone, host and rule names; at zonecfg's prompt
// ("zonecfg:kz1> ", "zonecfg:kz1:capped-memory> "), its subcommands, resource types and
// property names for the zone's brand.
#include <memory>
#include <string_view>

#include "core/shell/completion.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

std::unique_ptr<shell::Vocabulary> shell_vocabulary(const World& world, std::string_view host,
                                                    std::string_view prompt);

}  // namespace kzsim::zones
