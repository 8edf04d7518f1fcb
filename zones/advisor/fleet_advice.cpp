#include "zones/advisor/fleet_advice.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iterator>

namespace kzsim::zones {

namespace {

constexpr std::string_view kPreparation =
    "guide ch.5 \"Preparation for Migrating Kernel Zones to Systems With Different CPUs or OS Versions\"";
constexpr std::string_view kCompatible = "guide ch.5 \"About Migration and Compatible Configurations\"";

// "sparc: Oracle and Fujitsu", "x86: AMD", "sparc: no kernel zones".
std::string group_name(const FleetGroup& group) {
  const catalog::CpuModel& model = *group.hosts.front().model;
  if (!model.kernel_zones) return fmt::format("{}: no kernel zones", catalog::arch_name(model.arch));
  std::vector<std::string> vendors;
  for (const BaselineHost& host : group.hosts)
    if (std::ranges::find(vendors, host.model->vendor) == vendors.end()) vendors.push_back(host.model->vendor);
  return fmt::format("{}: {}", catalog::arch_name(model.arch), fmt::join(vendors, " and "));
}

// The group a host joins: its architecture, whether its model can host kernel zones and has
// classes, and its vendor (SPARC T and M, Fujitsu M10 and M12 share classes; Intel and AMD do not).
bool same_group(const catalog::CpuModel& a, const catalog::CpuModel& b) {
  return a.arch == b.arch && a.kernel_zones == b.kernel_zones &&
         a.cpu_arch_classes.empty() == b.cpu_arch_classes.empty() &&
         (!a.kernel_zones || !a.cpu_arch_classes.empty() || a.vendor == b.vendor);
}

std::string zonecfg_line(const ClusterBaseline& baseline) {
  if (baseline.host_compatible.empty()) return fmt::format("zonecfg -z ZONE set cpu-arch={}", baseline.cpu_arch);
  // The kernel-zone templates set host-compatible=memlzs (guide ch.4 "Enabling the Memory Live
  // Zone Reconfiguration Feature"): a level that not every host carries is cleared.
  const std::string level = baseline.host_compatible == "unset" ? "clear host-compatible"
                                                                : "set host-compatible=" + baseline.host_compatible;
  return fmt::format("zonecfg -z ZONE \"set cpu-arch={}; {}\"", baseline.cpu_arch, level);
}

void answer_with_classes(FleetGroup& group, const catalog::Catalog& catalog) {
  group.baseline = cluster_baseline(group.hosts, catalog);
  if (group.baseline.cpu_arch.empty()) {
    group.answer = group.baseline.no_class_reason;
    return;
  }
  group.answered = true;
  group.zonecfg = zonecfg_line(group.baseline);
  group.answer = fmt::format("set the class, then reboot the zone before a warm or live migration ({})", kPreparation);
}

void answer_without_classes(FleetGroup& group) {
  std::vector<const catalog::CpuModel*> models;  // of group.identical, in the same order
  for (const BaselineHost& host : group.hosts) {
    const auto same = std::ranges::find(models, host.model);
    if (same != models.end()) {
      group.identical[static_cast<std::size_t>(same - models.begin())].push_back(host.name);
      continue;
    }
    models.push_back(host.model);
    group.identical.push_back({host.name});
  }
  group.answered = true;
  const auto& first = *group.hosts.front().model;
  const std::string no_class = fmt::format("the cpu-arch resource type is not available for {} systems ({})",
                                           first.vendor, kPreparation);
  group.answer =
      group.identical.size() == 1
          ? fmt::format("{}; the hosts have identical CPUs, so a kernel zone migrates warm or live among them with "
                        "cpu-arch unset ({})",
                        no_class, kCompatible)
          : fmt::format("{}; a kernel zone migrates warm or live only among the hosts of one 'identical CPUs' "
                        "line; cold migration between any of them needs no cpu-arch ({})",
                        no_class, kCompatible);
}

}  // namespace

std::vector<FleetGroup> fleet_advice(const std::vector<BaselineHost>& hosts, const catalog::Catalog& catalog) {
  std::vector<FleetGroup> groups;
  for (const BaselineHost& host : hosts) {
    auto group = std::ranges::find_if(
        groups, [&](const FleetGroup& g) { return same_group(*g.hosts.front().model, *host.model); });
    if (group == groups.end()) {
      groups.push_back({{}, {}, {}, !host.model->cpu_arch_classes.empty(), {}, {}, {}, false});
      group = std::prev(groups.end());
    }
    group->hosts.push_back(host);
  }
  for (FleetGroup& group : groups) {
    group.name = group_name(group);
    if (!group.hosts.front().model->kernel_zones) {
      std::vector<std::string> reasons;
      for (const BaselineHost& host : group.hosts)
        reasons.push_back(fmt::format("{} ({}) cannot host kernel zones: {}", host.name, host.model->family,
                                      host.model->too_old_reason));
      group.answer = fmt::format("{}", fmt::join(reasons, "; "));
    } else if (group.has_classes) {
      answer_with_classes(group, catalog);
    } else {
      answer_without_classes(group);
    }
  }
  return groups;
}

bool every_group_answered(const std::vector<FleetGroup>& groups) {
  return !groups.empty() && std::ranges::all_of(groups, &FleetGroup::answered);
}

}  // namespace kzsim::zones
