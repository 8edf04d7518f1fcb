#include "zones/guest/guest_system.hpp"

#include <fmt/format.h>

#include "core/catalog/yaml_table.hpp"

namespace kzsim::embedded {
const std::map<std::string, std::string_view>& guest_files();
}

namespace kzsim::zones {

namespace {

using catalog::TableNode;
using std::chrono::seconds;

// Below the 6000 where pids drawn after boot start (process_table.cpp).
constexpr int kMaxPid = 5999;

GuestSystemSpec read_spec(const TableNode& table) {
  table.only_keys({"directories", "services", "processes", "nested"});
  GuestSystemSpec spec;
  for (const TableNode& directory : table["directories"].items()) {
    spec.directories.push_back(directory.text());
    if (!spec.directories.back().starts_with('/')) directory.refuse("an absolute path");
  }
  for (const TableNode& service : table["services"].items()) {
    service.only_keys({"fmri", "description"});
    spec.services.emplace_back(service["fmri"].text(), service["description"].text());
  }
  for (const TableNode& process : table["processes"].items()) {
    process.only_keys({"pid", "ppid", "user", "started", "time", "command", "service"});
    spec.processes.push_back({.pid = process["pid"].integer(0, kMaxPid),
                              .ppid = process["ppid"].integer(0, kMaxPid),
                              .user = process["user"].text(),
                              .started = seconds(process["started"].integer(0, 3600)),
                              .time = process["time"].text(),
                              .command = process["command"].text(),
                              .service = process.text_or("service", "")});
    if (spec.processes.size() > 1 && spec.processes.back().pid <= spec.processes[spec.processes.size() - 2].pid)
      process["pid"].refuse("pids in increasing order");
  }
  for (const TableNode& process : table["nested"].items()) {
    process.only_keys({"name", "in_zone", "ppid", "user", "started", "command"});
    spec.nested.push_back({.name = process["name"].text(),
                           .in_zone = process["in_zone"].boolean(),
                           .parent = process["ppid"].text(),
                           .user = process["user"].text(),
                           .started = seconds(process["started"].integer(0, 3600)),
                           .command = process["command"].text()});
    const std::string& parent = spec.nested.back().parent;
    const bool known = parent == "1" || std::ranges::any_of(spec.nested, [&](const NestedProcessSpec& earlier) {
                         return earlier.name == parent && &earlier != &spec.nested.back();
                       });
    if (!known) process["ppid"].refuse("1 (init of the kernel zone) or the name of an entry above");
  }
  return spec;
}

const ZoneConfig& running_config(const Zone& zone) { return zone.live ? *zone.live : zone.config; }

// The zone's capped-memory:physical and virtual-cpu:ncpus (4G and 4 when not set).
Bytes virtual_memory(const Zone& zone) {
  const Resource* memory = running_config(zone).first("capped-memory");
  return parse_size(memory ? memory->get("physical").value_or("4G") : "4G").value_or(4 * GiB);
}

int virtual_cpus(const Zone& zone) {
  const Resource* vcpus = running_config(zone).first("virtual-cpu");
  return vcpus ? std::stoi(vcpus->get("ncpus").value_or("4")) : 4;
}

Host new_guest_system(const Host& host, const Zone& zone) {
  const GuestSystemSpec& spec = guest_system_spec();
  Host guest;
  guest.name = zone.name;
  guest.model = host.model;
  guest.firmware = host.firmware;
  guest.bios = host.bios;
  guest.microcode_compatible = host.microcode_compatible;
  guest.os = zone.guest_os;
  guest.virtualization = Virtualization::KernelZone;
  guest.packages = host.packages;  // installed from the host's publishers
  guest.services = Services::standard();
  for (const auto& [fmri, description] : spec.services) {
    Service service;
    service.fmri = fmri;
    service.description = description;
    guest.services.add(std::move(service));
  }
  for (const std::string& directory : spec.directories) guest.files.make_directory(directory);
  guest.rng = host.rng.fork(fmt::format("guest/{}/{}", zone.name, zone.uuid));
  guest.hostid = static_cast<std::uint32_t>(guest.rng.fork("hostid").next());
  return guest;
}

}  // namespace

const GuestSystemSpec& guest_system_spec() {
  static const GuestSystemSpec spec =
      read_spec(TableNode::parse("guest_system.yaml", embedded::guest_files().at("guest_system.yaml")));
  return spec;
}

Host& guest_system(const Host& host, Zone& zone) {
  if (!zone.guest) zone.guest = std::make_shared<Host>(new_guest_system(host, zone));
  // The zone's virtual machine follows its running configuration (a live memory resize) and
  // release; what the Solaris inside keeps (files, services, zones) is its own.
  Host& guest = *zone.guest;
  guest.model = host.model;
  guest.os = zone.guest_os;
  guest.memory = virtual_memory(zone);
  guest.cores = virtual_cpus(zone);
  return guest;
}

}  // namespace kzsim::zones
