#include "zones/console/visible_features.hpp"

#include <algorithm>
#include <set>

#include "zones/migration/guest_class.hpp"

namespace kzsim::zones {

std::vector<std::string> visible_features(const Host& host, const ZoneConfig& config) {
  const auto& known = catalog::Catalog::builtin();
  const catalog::MigrationClass* cpu_class = known.find_class(host.arch(), guest_class(host, config));
  const catalog::HostCompatibleLevel* level = known.find_level(guest_level(config));
  // A feature some level enables is hidden unless the zone's level enables it.
  std::set<std::string> gated;
  for (const auto& each : known.levels()) gated.insert(each.features.begin(), each.features.end());
  const auto has = [](const std::vector<std::string>& names, const std::string& name) {
    return std::ranges::find(names, name) != names.end();
  };
  std::vector<std::string> visible;
  for (const std::string& feature : host.model->isa) {
    if (cpu_class && !has(cpu_class->features, feature)) continue;
    if (gated.contains(feature) && !(level && has(level->features, feature))) continue;
    visible.push_back(feature);
  }
  return visible;
}

}  // namespace kzsim::zones
