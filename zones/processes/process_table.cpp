// A host's process table: processes.yaml's global zone and its running zones by brand.
#include "zones/processes/process_table.hpp"

#include <map>

#include "core/catalog/yaml_table.hpp"
#include "zones/host.hpp"

namespace kzsim::embedded {
const std::map<std::string, std::string_view>& process_files();
}

namespace kzsim::zones {

namespace {

using catalog::TableNode;

struct ProcessEntry {
  bool in_global = false;
  int pid = 0;           // fixed pid, or the offset from a zone's base
  std::string parent;    // "init", or the offset of the parent (zone entries); the ppid (fixed entries)
  std::string user;
  std::string args;
};

struct ProcessModel {
  std::vector<ProcessEntry> global;
  std::map<std::string, std::vector<ProcessEntry>, std::less<>> zones;  // by brand
};

std::vector<ProcessEntry> fixed_entries(const TableNode& list) {
  list.only_keys({"source", "processes"});
  list["source"].text();
  std::vector<ProcessEntry> entries;
  for (const TableNode& item : list["processes"].items()) {
    item.only_keys({"pid", "ppid", "user", "args"});
    entries.push_back({.pid = item["pid"].integer(0, 29999),
                       .parent = std::to_string(item["ppid"].integer(0, 29999)),
                       .user = item["user"].text(),
                       .args = item["args"].text()});
  }
  return entries;
}

std::vector<ProcessEntry> zone_entries(const TableNode& list) {
  list.only_keys({"source", "processes"});
  list["source"].text();
  std::vector<ProcessEntry> entries;
  for (const TableNode& item : list["processes"].items()) {
    item.only_keys({"in", "offset", "parent", "user", "args"});
    ProcessEntry entry{.pid = item["offset"].integer(0, 999), .user = item["user"].text(), .args = item["args"].text()};
    if (item.has("in")) {
      if (item["in"].text() != "global") item["in"].refuse("global");
      entry.in_global = true;
    }
    entry.parent = item["parent"].text();
    if (entry.parent != "init") item["parent"].integer(0, 999);
    entries.push_back(std::move(entry));
  }
  return entries;
}

const ProcessModel& model() {
  static const ProcessModel loaded = [] {
    const TableNode table = TableNode::parse("processes.yaml", embedded::process_files().at("processes.yaml"));
    table.only_keys({"global", "zones"});
    ProcessModel result;
    result.global = fixed_entries(table["global"]);
    for (const auto& [brand, list] : table["zones"].entries()) result.zones[brand.text()] = zone_entries(list);
    return result;
  }();
  return loaded;
}

std::string with_zone_name(std::string text, const std::string& zone) {
  constexpr std::string_view kName = "%{zonename}";
  for (auto at = text.find(kName); at != std::string::npos; at = text.find(kName, at + zone.size()))
    text.replace(at, kName.size(), zone);
  return text;
}

std::vector<Process> fixed_processes(const std::vector<ProcessEntry>& entries) {
  std::vector<Process> processes;
  for (const ProcessEntry& entry : entries)
    processes.push_back({.pid = entry.pid, .ppid = std::stoi(entry.parent), .user = entry.user, .args = entry.args});
  return processes;
}

// A zone's processes get ids from a base of its own (INFERRED: real ids are whatever was free
// when the zone booted; these only have to be distinct and stable).
int pid_base(const Zone& zone) { return 20000 + 1000 * zone.id; }

}  // namespace

std::vector<Process> host_processes(const Host& host) {
  std::vector<Process> processes = fixed_processes(model().global);
  for (const auto& [name, zone] : host.zones) {
    const bool running = zone.state == ZoneState::Running || zone.state == ZoneState::ShuttingDown;
    if (!running && zone.state != ZoneState::Ready) continue;
    const auto brand = model().zones.find(zone.config.brand);
    if (brand == model().zones.end()) continue;
    for (const ProcessEntry& entry : brand->second) {
      // A ready zone has its zoneadmd and zsched only: nothing runs in it yet.
      if (!running && !entry.in_global && entry.args != "zsched") continue;
      const int ppid = entry.parent == "init" ? 1 : pid_base(zone) + std::stoi(entry.parent);
      processes.push_back({.pid = pid_base(zone) + entry.pid,
                           .ppid = ppid,
                           .user = entry.user,
                           .zone = entry.in_global ? "global" : name,
                           .zone_id = entry.in_global ? 0 : zone.id,
                           .args = with_zone_name(entry.args, name)});
    }
  }
  return processes;
}

}  // namespace kzsim::zones
