#include "zones/migration/guest_class.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "zones/releases/feature_releases.hpp"

namespace kzsim::zones {

namespace {

const catalog::Catalog& known() { return catalog::Catalog::builtin(); }

std::string sparc_refusal(std::string_view detail, std::string_view timestamp) {
  return fmt::format("error: Cannot resume guest on target host.\nerror: {}\n"
                     "{} error: request failed: failed to create VM: Operation not supported\n",
                     detail, timestamp);
}

// The class a guest sees without cpu-arch. AMD models have no migration classes (the guide:
// "The cpu-arch resource type is not available for AMD systems"): the guest sees the host's own
// processor, so only the same model can resume it.
std::string own_class(const catalog::CpuModel& model) { return model.native_class.empty() ? model.id : model.native_class; }

// The class the target can give the guest: the one its configuration asks for when the host
// provides it, else its own native class.
std::string target_class(const Host& target, const ZoneConfig& config) {
  const std::string wanted = guest_class(target, config);
  return target.model->provides_class(wanted) ? wanted : own_class(*target.model);
}

// Why `target` cannot carry host-compatible `level` at all; "" when it can.
std::string level_unsupported(const Host& target, const std::string& level_name, std::string_view guest_class_name) {
  const catalog::HostCompatibleLevel* level = known().find_level(level_name);
  const catalog::MigrationClass* migration_class = known().find_class(target.arch(), guest_class_name);
  const auto& levels = target.model->host_compatible_levels;
  const bool model_has = level_name == "unset" || std::ranges::find(levels, level_name) != levels.end();
  const bool os_has = level == nullptr || host_release_carries(*level, target.arch(), target.os);
  const bool class_carries = level_name == "unset" || migration_class == nullptr ||
                             std::ranges::find(migration_class->modifiers, level_name) != migration_class->modifiers.end();
  if (model_has && os_has && class_carries) return {};
  return fmt::format("Guest's host compatibility level is {}, host's {} running Oracle Solaris {} supports: {}. "
                     "Please check host-compatible setting in zone config.",
                     level_name, target.model->family, target.os.text(), fmt::join(levels, ", "));
}

}  // namespace

std::string guest_class(const Host& host, const ZoneConfig& config) {
  return config.get("cpu-arch").value_or(own_class(*host.model));
}

std::string guest_level(const ZoneConfig& config) {
  const auto value = config.get("host-compatible");
  if (!value) return "unset";
  const catalog::HostCompatibleLevel* level = known().find_level(*value);
  return level ? level->name : *value;
}

std::string resume_refusal(const Host& source, const ZoneConfig& source_config, const Host& target,
                           const ZoneConfig& target_config, std::string_view zone, std::string_view timestamp) {
  const std::string saved = guest_class(source, source_config);
  const std::string offered = target_class(target, target_config);
  if (saved != offered) {
    if (target.arch() == catalog::Arch::X86) {
      return fmt::format("See /var/log/zones/{}.messages for debug output\n"
                         "error: cannot resume as current CPU migration class value: {} does not "
                         "match the suspended value {}\n"
                         "{} error: request failed: failed to create VM: Invalid argument\n",
                         zone, offered, saved, timestamp);
    }
    return sparc_refusal(fmt::format("Guest's migration class is {}, host's is {}. Please check cpu-arch setting in "
                                     "zone config or in host LDom config.",
                                     saved, offered),
                         timestamp);
  }
  const std::string saved_level = guest_level(source_config);
  const std::string offered_level = guest_level(target_config);
  if (saved_level != offered_level) {
    return sparc_refusal(fmt::format("Guest's host compatibility level is {}, host's is {}. Please check "
                                     "host-compatible setting in zone config.",
                                     saved_level, offered_level),
                         timestamp);
  }
  const std::string unsupported = level_unsupported(target, saved_level, saved);
  return unsupported.empty() ? std::string() : sparc_refusal(unsupported, timestamp);
}

}  // namespace kzsim::zones
