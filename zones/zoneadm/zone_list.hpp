#pragma once
// zoneadm list in its formats: names (default), -v columns, -p parsable lines, -s auxiliary states.
#include <string>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

enum class ListFormat { Names, Verbose, Parsable, AuxStates };

// The zones `list` shows: the global zone first, then running zones by id; with `all` (-c) also
// the others by name, with `installed` (-i) the installed ones.
std::vector<const Zone*> zones_to_list(const Host& host, bool all, bool installed);
// One listing; `global` is included unless `only_zone` is set.
std::string format_zone_list(const std::vector<const Zone*>& zones, ListFormat format, bool with_global);

}  // namespace kzsim::zones
