#include "zones/migration/target_config.hpp"

#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "zones/zonecfg/config_text.hpp"
#include "zones/zonecfg/host_facts.hpp"

namespace kzsim::zones {

namespace {

constexpr int kDefaultVirtualCpus = 4;  // INFERRED: solaris-kz default virtual-cpu count

std::string line_refusal(const Host& target, std::string_view line) {
  constexpr std::string_view kHostCompatible = "set host-compatible=";
  constexpr std::string_view kPolicy = "set pagesize-policy=";
  // The target's zonecfg refuses what its release lacks; of the host-compatible values, the
  // levels are checked against the guest's class (guest_class), the memlzr modifier here.
  const zonecfg::HostFacts facts = zonecfg::host_facts(target, catalog::Catalog::builtin());
  if (line.starts_with(kHostCompatible)) {
    std::istringstream items{std::string(line.substr(kHostCompatible.size()))};
    for (std::string item; std::getline(items, item, ',');)
      if (item == "memlzr" || item == "memlzs") return zonecfg::release_refusal(facts, "host-compatible", item);
  }
  if (line.starts_with(kPolicy)) return zonecfg::release_refusal(facts, "pagesize-policy", line.substr(kPolicy.size()));
  return {};
}

std::vector<const Resource*> resources_of(const ZoneConfig& config, std::string_view type) {
  std::vector<const Resource*> found;
  for (const Resource& resource : config.resources)
    if (resource.type == type) found.push_back(&resource);
  return found;
}

std::string value_of(const ZoneConfig& config, std::string_view type, std::string_view property) {
  const Resource* resource = config.first(type);
  return resource ? resource->get(property).value_or("(unset)") : "(unset)";
}

// A resource's properties without the host-local ones (anet lower-link names a link of one host),
// in name order: an imported configuration sets them in another order than zonecfg did.
Resource portable(const Resource& resource) {
  Resource copy = resource;
  copy.clear("lower-link");
  std::ranges::sort(copy.properties, {}, &std::pair<std::string, PropertyValue>::first);
  return copy;
}

std::string mismatch(const ZoneConfig& running, const ZoneConfig& existing) {
  for (const auto& [type, property] : {std::pair{"capped-memory", "physical"}, std::pair{"capped-memory", "pagesize-policy"}}) {
    const std::string ours = value_of(running, type, property), theirs = value_of(existing, type, property);
    if (ours != theirs)
      return fmt::format("Suspended zone has {} {} {}, the configured value is {}.", type, property, ours, theirs);
  }
  for (const std::string_view type : {"device", "anet", "net"}) {
    const auto ours = resources_of(running, type), theirs = resources_of(existing, type);
    if (ours.size() != theirs.size())
      return fmt::format("Suspended zone has {} {} resources, the configuration has {}.", ours.size(), type,
                         theirs.size());
    for (std::size_t i = 0; i < ours.size(); ++i)
      if (portable(*ours[i]) != portable(*theirs[i]))
        return fmt::format("Suspended zone's {} {} differs from the configured one.", type,
                           ours[i]->get("id").value_or(std::to_string(i)));
  }
  return {};
}

}  // namespace

int virtual_cpus(const ZoneConfig& config) {
  const Resource* vcpu = config.first("virtual-cpu");
  const auto ncpus = vcpu ? vcpu->get("ncpus") : std::nullopt;
  return ncpus ? std::stoi(*ncpus) : kDefaultVirtualCpus;
}

std::string release_refusal(const Host& target, const ZoneConfig& config) {
  std::istringstream lines(zonecfg::export_config(config));
  int number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (auto reason = line_refusal(target, line); !reason.empty()) return fmt::format("On line {}:\n{}\n", number, reason);
  }
  return {};
}

std::string configuration_block(const ZoneConfig& config) {
  return fmt::format("-----BEGIN CONFIGURATION-----\n{}-----END CONFIGURATION-----\n", zonecfg::export_config(config));
}

std::string live_config_refusal(const ZoneConfig& running, const ZoneConfig& existing, std::string_view zone) {
  const int active = virtual_cpus(running), maximum = virtual_cpus(existing);
  const std::string prefix = fmt::format("zone '{}': ", zone);
  std::string error;
  if (active > maximum)
    error = fmt::format("{}error: Suspended zone has {} active VCPUs, more than the configured\n{}virtual-cpu maximum of {}.\n",
                        prefix, active, prefix, maximum);
  else if (auto reason = mismatch(running, existing); !reason.empty())
    error = fmt::format("{}error: {}\n", prefix, reason);
  if (error.empty()) return {};
  return fmt::format("{0}{1}error: Correct errors, or delete the configuration, using zonecfg(8) on the\n{1}destination host.\n"
                     "zoneadm: zone {2}: call to zoneadmd(8) failed: zoneadmd(8) returned an error 9 "
                     "(zone state change failed)\n",
                     error, prefix, zone);
}

}  // namespace kzsim::zones
