#include "zones/requirements.hpp"

#include <fmt/format.h>

#include <array>

#include "firmware-models/firmware_check.hpp"
#include "zones/releases/feature_releases.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kHardware = "Hardware Requirements for Oracle Solaris Kernel Zones";
constexpr std::string_view kVerify = "How to Verify That a System Can Support Kernel Zones";
constexpr std::string_view kNested = kNestedZonesSection;

using Check = std::optional<Blocker> (*)(const Host&);

Blocker blocker(std::string reason, std::string_view section) {
  return Blocker{std::move(reason), std::string(section)};
}

std::optional<Blocker> processor_generation(const Host& host) {
  if (host.model->kernel_zones) return std::nullopt;
  // Not the catalog's too_old_reason: that carries its own source note, and the section is
  // printed beside the reason.
  return blocker(fmt::format("{} processors cannot host kernel zones", host.model->family), kHardware);
}

std::optional<Blocker> memory(const Host& host) {
  if (host.memory >= kMinimumKernelZoneHostMemory) return std::nullopt;
  return blocker(fmt::format("the host has {} of physical RAM; kernel zones need at least 8GB",
                             format_size(host.memory)),
                 kHardware);
}

std::optional<Blocker> brand_package(const Host& host) {
  if (host.has_package(kBrandPackage)) return std::nullopt;
  return blocker(fmt::format("the kernel zone brand package {} is not installed", kBrandPackage),
                 kHardware);
}

std::optional<Blocker> os_release(const Host& host) {
  const ReleaseList& releases = FeatureReleaseTable::builtin().at("kernel-zones").host_releases(host.arch());
  if (release_has(releases, host.os)) return std::nullopt;
  return blocker(fmt::format("Oracle Solaris {} is older than {}, the first release with kernel zones",
                             host.os.text(), oldest_release(releases)),
                 kVerify);
}

std::optional<Blocker> hypervisor(const Host& host) {
  switch (host.virtualization) {
    case Virtualization::OvmX86Guest:
      return blocker("kernel zones cannot run in Oracle VM Server for x86 guests", kHardware);
    case Virtualization::VirtualBox:
      return blocker("kernel zones cannot run on Oracle VM VirtualBox", kHardware);
    case Virtualization::KernelZone:
      return blocker("kernel zones cannot run inside a kernel zone", kNested);
    default:
      return std::nullopt;
  }
}

constexpr std::array<Check, 4> kChecks{memory, brand_package, os_release, hypervisor};

}  // namespace

std::vector<Blocker> kernel_zone_blockers(const Host& host) {
  std::vector<Blocker> found;
  if (auto reason = processor_generation(host)) found.push_back(std::move(*reason));
  // Firmware floors, BIOS switches and microcode are firmware-models' rule.
  for (auto& reason : firmware::firmware_reasons(*host.model, host.firmware.text(), host.bios,
                                                 host.microcode_compatible))
    found.push_back({std::move(reason.text), std::move(reason.section)});
  for (Check check : kChecks)
    if (auto reason = check(host)) found.push_back(std::move(*reason));
  return found;
}

std::string kernel_zone_host_refusal(const Host& host, std::string_view zone) {
  const auto blockers = kernel_zone_blockers(host);
  if (blockers.empty()) return {};
  return fmt::format("zone '{}': error: kernel-zone is not supported on this system: {}; expected a host that "
                     "virtinfo lists kernel-zone supported on (kzsim explain host {})\n",
                     zone, blockers.front().reason, host.name);
}

std::optional<int> ldom_kernel_zone_limit(const Host& host) {
  if (host.virtualization != Virtualization::LdomGuest || host.model->ldom_kernel_zone_limit == 0)
    return std::nullopt;
  return host.model->ldom_kernel_zone_limit;
}

}  // namespace kzsim::zones
