#include "firmware-models/firmware_check.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/error.hpp"

namespace kzsim::firmware {

namespace {

constexpr const char* kRequirementsSection = "Hardware Requirements for Oracle Solaris Kernel Zones";

const catalog::BiosRequirement* find_switch(const catalog::FirmwareFloor& floor,
                                            const std::string& name) {
  for (const catalog::BiosRequirement& requirement : floor.bios_requirements)
    if (requirement.name == name || std::find(requirement.aliases.begin(), requirement.aliases.end(),
                                              name) != requirement.aliases.end())
      return &requirement;
  return nullptr;
}

std::string switch_names(const catalog::FirmwareFloor& floor) {
  std::string names;
  for (const catalog::BiosRequirement& requirement : floor.bios_requirements) {
    names += fmt::format("{}{}", names.empty() ? "" : ", ", requirement.name);
    for (const std::string& alias : requirement.aliases) names += ", " + alias;
  }
  return names;
}

}  // namespace

std::vector<FirmwareReason> firmware_reasons(const catalog::CpuModel& model,
                                             const std::string& firmware, const BiosSwitches& bios,
                                             bool microcode_compatible,
                                             const catalog::Catalog& catalog) {
  const catalog::FirmwareFloor* floor = catalog.find_firmware(model.firmware_family);
  if (!floor)
    throw InputError(fmt::format("model {}: firmware family '{}' is not in the firmware table",
                                 model.id, model.firmware_family));
  const std::string given = firmware.empty() ? floor->newest : firmware;
  const auto version = catalog::Version::parse(given);
  if (!version)
    throw InputError(fmt::format("firmware '{}' for {}: expected a dotted {} version such as {}",
                                 given, model.id, floor->kind, floor->newest));
  std::vector<FirmwareReason> reasons;
  if (floor->kernel_zones_min && *version < *floor->kernel_zones_min)
    reasons.push_back({fmt::format("{} {} is below {}, the minimum for kernel zones on {}",
                                   floor->kind, given, floor->kernel_zones_min->text(), model.family),
                       kRequirementsSection});
  std::vector<const catalog::BiosRequirement*> disabled;
  for (const auto& [name, enabled] : bios) {
    const catalog::BiosRequirement* requirement = find_switch(*floor, name);
    if (!requirement)
      throw InputError(fmt::format("BIOS switch '{}' for {}: expected one of: {}", name, model.id,
                                   floor->bios_requirements.empty() ? std::string("none (no BIOS on this machine)")
                                                                    : switch_names(*floor)));
    if (!enabled) disabled.push_back(requirement);
  }
  // In the guide's order, once each however many of its spellings were given.
  for (const catalog::BiosRequirement& requirement : floor->bios_requirements)
    if (std::find(disabled.begin(), disabled.end(), &requirement) != disabled.end())
      reasons.push_back({fmt::format("the BIOS does not enable {}", requirement.description),
                         kRequirementsSection});
  if (floor->needs_compatible_microcode && !microcode_compatible)
    reasons.push_back({"the CPU microcode level is not compatible with kernel zones", kRequirementsSection});
  return reasons;
}

}  // namespace kzsim::firmware
