#include "zones/zonecfg/host_facts.hpp"

#include <string>

#include "zones/host.hpp"
#include "zones/releases/feature_releases.hpp"

namespace kzsim::zones::zonecfg {

HostFacts host_facts(const Host& host, const catalog::Catalog& catalog) {
  HostFacts facts;
  facts.arch = host.arch();
  // "The cpu-arch resource type is not available for AMD systems": AMD models have no class.
  facts.cpu_arch_available = !host.model->native_class.empty();
  for (const catalog::MigrationClass& migration_class : catalog.classes())
    if (migration_class.arch == facts.arch) facts.cpu_arch_classes.push_back(migration_class.name);
  // The catalog also lists "unset" (no value) and combinations such as "level1,memlzr"; a value
  // is checked item by item against the single levels and modifiers.
  const bool memory_reconfiguration = !host_release_refusal("memory-live-reconfiguration", host);
  const bool software_in_silicon = !host_release_refusal("software-in-silicon", host);
  for (const catalog::HostCompatibleLevel& level : catalog.levels()) {
    if (level.name == "unset" || level.name.find(',') != std::string::npos) continue;
    facts.host_compatible_levels.push_back(level.name);
    if ((level.enables_memory_reconfiguration && !memory_reconfiguration) || (!level.features.empty() && !software_in_silicon))
      facts.levels_release_lacks.push_back(level.name);
  }
  facts.release_has_pagesize_policy = !host_release_refusal("pagesize-policy", host);
  facts.release_numbers_resources = !host_release_refusal("zonecfg-resource-numbers", host);
  return facts;
}

}  // namespace kzsim::zones::zonecfg
