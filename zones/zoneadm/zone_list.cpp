#include "zones/zoneadm/zone_list.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace kzsim::zones {

namespace {

std::string id_text(int id) { return id >= 0 ? std::to_string(id) : "-"; }

std::string rstrip(std::string line) {
  line.erase(line.find_last_not_of(' ') + 1);
  return line + "\n";
}

std::string aux_text(const Zone& zone) {
  std::vector<std::string_view> names;
  for (AuxState state : zone.aux) names.push_back(aux_state_name(state));
  return fmt::format("{}", fmt::join(names, ","));
}

// solaris-facts §6 "zoneadm list -cv": "%4s %-16s %-11s %-28s %-10s %-6s", trailing blanks cut.
std::string verbose_line(std::string_view id, std::string_view name, std::string_view status, std::string_view path,
                         std::string_view brand, std::string_view ip) {
  return rstrip(fmt::format("{:>4} {:<16} {:<11} {:<28} {:<10} {:<6}", id, name, status, path, brand, ip));
}

// solaris-facts §6 "zoneadm list -s": NAME and STATUS columns 17 wide.
std::string aux_line(std::string_view name, std::string_view status, std::string_view aux) {
  return rstrip(fmt::format("{:<16} {:<16} {}", name, status, aux));
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
  running.insert(running.end(), others.begin(), others.end());
  return running;
}

std::string format_zone_list(const std::vector<const Zone*>& zones, ListFormat format, bool with_global) {
  std::string text;
  switch (format) {
    case ListFormat::Names:
      if (with_global) text += "global\n";
      for (const Zone* zone : zones) text += zone->name + "\n";
      break;
    case ListFormat::Verbose:
      text += verbose_line("ID", "NAME", "STATUS", "PATH", "BRAND", "IP");
      if (with_global) text += verbose_line("0", "global", "running", "/", "solaris", "shared");
      for (const Zone* zone : zones) {
        text += verbose_line(id_text(zone->id), zone->name, state_name(zone->state), "-", zone->config.brand, "excl");
      }
      break;
    case ListFormat::Parsable:
      if (with_global) text += "0:global:running:/::solaris:shared:-:none:\n";
      for (const Zone* zone : zones) {
        text += fmt::format("{}:{}:{}:/system/volatile/zones/{}/zonepath:{}:{}:excl:-:{}:{}\n", id_text(zone->id),
                            zone->name, state_name(zone->state), zone->name, zone->uuid, zone->config.brand,
                            zone->config.brand, aux_text(*zone));
      }
      break;
    case ListFormat::AuxStates:
      text += aux_line("NAME", "STATUS", "AUXILIARY STATE");
      if (with_global) text += aux_line("global", "running", "");
      for (const Zone* zone : zones) text += aux_line(zone->name, state_name(zone->state), aux_text(*zone));
      break;
  }
  return text;
}

}  // namespace kzsim::zones
