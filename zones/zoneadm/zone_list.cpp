#include "zones/zoneadm/zone_list.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "zones/zone_index.hpp"

namespace kzsim::zones {

namespace {

nlohmann::ordered_json id_value(int id) { return id >= 0 ? nlohmann::ordered_json(id) : nlohmann::ordered_json(); }

std::string rstrip(std::string line) {
  line.erase(line.find_last_not_of(' ') + 1);
  return line + "\n";
}

nlohmann::ordered_json aux_names(const Zone& zone) {
  nlohmann::ordered_json names = nlohmann::ordered_json::array();
  for (AuxState state : zone.aux) names.push_back(aux_state_name(state));
  return names;
}

// solaris-facts §6 "zoneadm list -cv": "%4s %-16s %-11s %-28s %-10s %-6s" with the padding kept
// at the end of the line, as Oracle's Unified Archives blog ("Creating smaller Unified Archives
// with dehydration", 11.4) prints it: "  ID NAME ... BRAND      IP    ", "... solaris-kz excl  ".
std::string verbose_line(const std::vector<std::string>& cells) {
  return fmt::format("{:>4} {:<16} {:<11} {:<28} {:<10} {:<6}\n", cells[0], cells[1], cells[2], cells[3], cells[4],
                     cells[5]);
}

// solaris-facts §6 "zoneadm list -s": NAME and STATUS columns 17 wide.
std::string aux_line(const std::vector<std::string>& cells) {
  return rstrip(fmt::format("{:<16} {:<16} {}", cells[0], cells[1], cells[2]));
}

bool kernel_zone(const Zone& zone) { return zone.config.brand == "solaris-kz"; }

// A kernel zone's zonepath is volatile (Oracle's puppet module stub of an 11.4 `zoneadm list
// -cp`, solaris-facts §6); another zone's is its zonepath property (the templates set it).
std::string zonepath(const Zone& zone) {
  if (kernel_zone(zone)) return fmt::format("/system/volatile/zones/{}/zonepath", zone.name);
  return zone.config.get("zonepath").value_or(fmt::format("/system/zones/{}", zone.name));
}

// "excl" or "shared" (ip-type exclusive or shared); a kernel zone has its own IP stack.
std::string ip_type(const Zone& zone) {
  return !kernel_zone(zone) && zone.config.get("ip-type") == "shared" ? "shared" : "excl";
}

// R/W: "R" for a running zone with a file-mac-profile (booted read-only), "-" otherwise
// ("Creating and Using Oracle Solaris Zones", "zoneadm list -p Display": "-R indicates a zone
// with a file-mac-profile that is booted read-only", an installed zone "-"; booting -w, the
// "W" case, is not simulated).
nlohmann::ordered_json read_write(const Zone& zone) {
  const auto profile = zone.config.get("file-mac-profile");
  if (zone.state != ZoneState::Running || !profile || *profile == "none") return nullptr;
  return "R";
}

// The file-mac-profile field: a kernel zone's reads "solaris-kz" (the guide's 11.4 `zoneadm
// list -cp` of a suspended kernel zone: "...:solaris-kz:excl:-:solaris-kz:suspended"); another
// zone's is its file-mac-profile property, "none" when unset (the global zone's "none" there and
// in Oracle's "zoneadm list -p Display").
std::string file_mac_profile(const Zone& zone) {
  if (kernel_zone(zone)) return "solaris-kz";
  return zone.config.get("file-mac-profile").value_or("none");
}

// The global zone's row and a zone's row in each format; -p's keys are the fields of its line
// format (solaris-facts §6), the others' the column headers.
ListingRow global_row(ListFormat format) {
  switch (format) {
    case ListFormat::Names: return {{"name", "global"}};
    case ListFormat::Verbose:
      return {{"id", 0}, {"name", "global"}, {"status", "running"}, {"path", "/"}, {"brand", "solaris"},
              {"ip", "shared"}};
    case ListFormat::Parsable:
      return {{"zoneid", 0},        {"zonename", "global"}, {"state", "running"},
              {"zonepath", "/"},    {"uuid", ""},           {"brand", "solaris"},
              {"ip_type", "shared"}, {"r_w", nullptr},       {"file_mac_profile", "none"},
              {"auxiliary_state", nlohmann::ordered_json::array()}};
    case ListFormat::AuxStates:
      return {{"name", "global"}, {"status", "running"}, {"auxiliary_state", nlohmann::ordered_json::array()}};
  }
  return {};
}

ListingRow zone_row(const Zone& zone, ListFormat format) {
  switch (format) {
    case ListFormat::Names: return {{"name", zone.name}};
    case ListFormat::Verbose:
      return {{"id", id_value(zone.id)}, {"name", zone.name},         {"status", state_name(zone.state)},
              {"path", kernel_zone(zone) ? nlohmann::ordered_json() : nlohmann::ordered_json(zonepath(zone))},
              {"brand", zone.config.brand}, {"ip", ip_type(zone)}};
    case ListFormat::Parsable:
      return {{"zoneid", id_value(zone.id)},
              {"zonename", zone.name},
              {"state", state_name(zone.state)},
              {"zonepath", zonepath(zone)},
              {"uuid", zone.uuid},
              {"brand", zone.config.brand},
              {"ip_type", ip_type(zone)},
              {"r_w", read_write(zone)},
              {"file_mac_profile", file_mac_profile(zone)},
              {"auxiliary_state", aux_names(zone)}};
    case ListFormat::AuxStates:
      return {{"name", zone.name}, {"status", state_name(zone.state)}, {"auxiliary_state", aux_names(zone)}};
  }
  return {};
}

}  // namespace

std::vector<const Zone*> zones_to_list(const Host& host, bool all, bool installed) {
  std::vector<const Zone*> running;
  std::vector<const Zone*> others;
  for (const auto& [name, zone] : host.zones) {
    if (zone.state == ZoneState::Running || zone.state == ZoneState::Ready || zone.state == ZoneState::ShuttingDown) {
      running.push_back(&zone);
    } else if (all || (installed && zone.state == ZoneState::Installed)) {
      others.push_back(&zone);
    }
  }
  std::ranges::sort(running, {}, &Zone::id);
  // The others in the zone index's order, the order they were configured in (Pavel Anni's 11.3
  // lab: zone1, then kzone1, configured in that order, both "configured").
  const auto index = zone_index(host);
  std::ranges::stable_sort(others, {}, [&index](const Zone* zone) {
    return std::find(index.begin(), index.end(), zone->name) - index.begin();
  });
  running.insert(running.end(), others.begin(), others.end());
  return running;
}

Listing zone_list_rows(const std::vector<const Zone*>& zones, ListFormat format, bool with_global) {
  Listing rows;
  if (with_global) rows.push_back(global_row(format));
  for (const Zone* zone : zones) rows.push_back(zone_row(*zone, format));
  return rows;
}

std::string zone_list_text(const Listing& rows, ListFormat format) {
  std::string text;
  if (format == ListFormat::Verbose) text += verbose_line({"ID", "NAME", "STATUS", "PATH", "BRAND", "IP"});
  if (format == ListFormat::AuxStates) text += aux_line({"NAME", "STATUS", "AUXILIARY STATE"});
  for (const ListingRow& row : rows) {
    const auto cells = cell_texts(row);
    switch (format) {
      case ListFormat::Names: text += cells[0] + "\n"; break;
      case ListFormat::Verbose: text += verbose_line(cells); break;
      case ListFormat::Parsable: text += fmt::format("{}\n", fmt::join(cells, ":")); break;
      case ListFormat::AuxStates: text += aux_line(cells); break;
    }
  }
  return text;
}

}  // namespace kzsim::zones
