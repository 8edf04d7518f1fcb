#include "core/catalog/catalog.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

#include "core/catalog/edit_distance.hpp"

namespace kzsim::catalog {

std::string_view arch_name(Arch arch) { return arch == Arch::Sparc ? "sparc" : "x86"; }

bool CpuModel::provides_class(std::string_view name) const {
  return std::find(cpu_arch_classes.begin(), cpu_arch_classes.end(), name) != cpu_arch_classes.end();
}

bool CpuModel::has_feature(std::string_view name) const {
  return std::find(isa.begin(), isa.end(), name) != isa.end();
}

const CpuModel* Catalog::find_model(std::string_view id) const {
  const auto found = std::find_if(models_.begin(), models_.end(),
                                  [&](const CpuModel& model) { return model.id == id; });
  return found == models_.end() ? nullptr : &*found;
}

std::vector<std::string> Catalog::close_matches(std::string_view id) const {
  std::vector<std::string> ids;
  for (const CpuModel& model : models_) ids.push_back(model.id);
  return catalog::close_matches(id, ids);
}

const CpuModel& Catalog::require_model(std::string_view id, const SourceLocation& where) const {
  if (const CpuModel* model = find_model(id)) return *model;
  const std::vector<std::string> matches = close_matches(id);
  throw InputError(fmt::format("unknown model '{}'; expected a model id from `kzsim models`{}", id,
                               matches.empty() ? std::string()
                                               : fmt::format(" (close matches: {})", fmt::join(matches, ", "))),
                   where);
}

const MigrationClass* Catalog::find_class(Arch arch, std::string_view name) const {
  const auto found = std::find_if(classes_.begin(), classes_.end(), [&](const MigrationClass& c) {
    return c.arch == arch && c.name == name;
  });
  return found == classes_.end() ? nullptr : &*found;
}

namespace {
// The comma-separated parts of a host-compatible value, each spelled as the level named by it
// or by one of its aliases, in a fixed order so that "memlzr,level1" equals "level1,memlzr".
std::set<std::string> level_parts(std::string_view value,
                                  const std::vector<HostCompatibleLevel>& levels) {
  std::set<std::string> parts;
  std::size_t start = 0;
  while (start <= value.size()) {
    const std::size_t comma = std::min(value.find(',', start), value.size());
    std::string part(value.substr(start, comma - start));
    for (const HostCompatibleLevel& level : levels)
      if (std::find(level.aliases.begin(), level.aliases.end(), part) != level.aliases.end() &&
          level.name.find(',') == std::string::npos)
        part = level.name;
    parts.insert(std::move(part));
    start = comma + 1;
  }
  return parts;
}
}  // namespace

const HostCompatibleLevel* Catalog::find_level(std::string_view name) const {
  const std::set<std::string> wanted = level_parts(name, levels_);
  const auto found = std::find_if(levels_.begin(), levels_.end(), [&](const HostCompatibleLevel& l) {
    return level_parts(l.name, levels_) == wanted;
  });
  return found == levels_.end() ? nullptr : &*found;
}

const FirmwareFloor* Catalog::find_firmware(std::string_view family) const {
  const auto found = std::find_if(firmware_.begin(), firmware_.end(),
                                  [&](const FirmwareFloor& floor) { return floor.family == family; });
  return found == firmware_.end() ? nullptr : &*found;
}

}  // namespace kzsim::catalog
