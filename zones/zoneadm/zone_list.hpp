#pragma once
// zoneadm list in its formats: names (default), -v columns, -p parsable lines, -s auxiliary states.
#include <string>
#include <vector>

#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"

namespace kzsim::zones {

enum class ListFormat { Names, Verbose, Parsable, AuxStates };

// The zones `list` shows: the global zone first, then running zones by id; with `all` (-c) also
// the others in the order they were configured (zone_index.hpp), with `installed` (-i) the installed ones.
std::vector<const Zone*> zones_to_list(const Host& host, bool all, bool installed);
// The listing's rows (listing.hpp; the global zone's first `with_global`) and its text.
Listing zone_list_rows(const std::vector<const Zone*>& zones, ListFormat format, bool with_global);
std::string zone_list_text(const Listing& rows, ListFormat format);

}  // namespace kzsim::zones
