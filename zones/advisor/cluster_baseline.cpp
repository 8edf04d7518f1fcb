#include "zones/advisor/cluster_baseline.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "zones/advisor/class_graph.hpp"
#include "zones/releases/feature_releases.hpp"

namespace kzsim::zones {

namespace {

bool contains(const std::vector<std::string>& list, std::string_view item) {
  return std::ranges::find(list, item) != list.end();
}

// Why the hosts share no class, or "" when they might.
std::string refusal_before_classes(const std::vector<BaselineHost>& hosts) {
  if (hosts.empty()) return "no hosts given; expected at least one host";
  const BaselineHost& first = hosts.front();
  for (const BaselineHost& host : hosts) {
    if (host.model->arch != first.model->arch)
      return fmt::format("{} is {} and {} is {}; a kernel zone migrates only within one architecture family "
                         "(guide ch.5 \"Requirements for All Kernel Zone Migration Methods\")",
                         first.name, catalog::arch_name(first.model->arch), host.name,
                         catalog::arch_name(host.model->arch));
    if (!host.model->kernel_zones)
      return fmt::format("{} ({}) cannot host kernel zones: {}", host.name, host.model->family,
                         host.model->too_old_reason);
    if (host.model->cpu_arch_classes.empty())
      return fmt::format("{} ({} {}) has no cpu-arch classes (guide ch.5 \"Preparation for Migrating Kernel Zones "
                         "to Systems With Different CPUs or OS Versions\": the cpu-arch resource type is not "
                         "available for AMD systems); expected hosts whose models list cpu-arch classes",
                         host.name, host.model->vendor, host.model->family);
  }
  return {};
}

// The level every host carries with `migration_class`: most features the class lets the guest
// see, then memory reconfiguration, then the fewest features beyond what is visible.
std::string common_level(const std::vector<BaselineHost>& hosts, const catalog::MigrationClass& migration_class,
                         const catalog::Catalog& catalog) {
  const catalog::HostCompatibleLevel* best = nullptr;
  auto score = [&](const catalog::HostCompatibleLevel& level) {
    const auto visible = std::ranges::count_if(level.features, [&](const std::string& feature) {
      return contains(migration_class.features, feature);
    });
    return std::tuple(visible, level.enables_memory_reconfiguration, -std::ssize(level.features));
  };
  for (const catalog::HostCompatibleLevel& level : catalog.levels()) {
    const bool everywhere = std::ranges::all_of(hosts, [&](const BaselineHost& host) {
      return contains(host.model->host_compatible_levels, level.name) &&
             (!host.os || host_release_carries(level, host.model->arch, *host.os));
    });
    if (level.settable && everywhere && contains(migration_class.modifiers, level.name) &&
        (best == nullptr || score(level) > score(*best)))
      best = &level;
  }
  return best == nullptr ? "unset" : best->name;
}

HostDelta delta(const BaselineHost& host, const catalog::MigrationClass& baseline, const catalog::Catalog& catalog) {
  HostDelta result{host.name, host.model->native_class, {}, {}};
  const catalog::MigrationClass* native = catalog.find_class(host.model->arch, host.model->native_class);
  if (native == nullptr) return result;
  for (const std::string& feature : native->features)
    (contains(baseline.features, feature) ? result.kept : result.lost).push_back(feature);
  return result;
}

}  // namespace

ClusterBaseline cluster_baseline(const std::vector<BaselineHost>& hosts, const catalog::Catalog& catalog) {
  ClusterBaseline result;
  result.no_class_reason = refusal_before_classes(hosts);
  if (!result.no_class_reason.empty()) return result;
  const ClassGraph graph(catalog, hosts.front().model->arch);
  std::set<ClassGraph::Vertex> common = graph.reached_by(*hosts.front().model);
  for (const BaselineHost& host : hosts) {
    std::set<ClassGraph::Vertex> shared;
    std::ranges::set_intersection(common, graph.reached_by(*host.model), std::inserter(shared, shared.end()));
    common = std::move(shared);
  }
  const auto maximal = graph.maximal(common);
  if (maximal.empty()) {
    result.no_class_reason = "no cpu-arch class is provided by every host; expected hosts sharing at least 'generic'";
    return result;
  }
  const catalog::MigrationClass& baseline = *maximal.front();
  result.cpu_arch = baseline.name;
  result.features = baseline.features;
  if (baseline.arch == catalog::Arch::Sparc) result.host_compatible = common_level(hosts, baseline, catalog);
  for (const BaselineHost& host : hosts) result.hosts.push_back(delta(host, baseline, catalog));
  return result;
}

}  // namespace kzsim::zones
