#include "zones/requirements.hpp"

#include <fmt/format.h>

#include <array>

namespace kzsim::zones {

namespace {

constexpr std::string_view kHardware = "Hardware Requirements for Oracle Solaris Kernel Zones";
constexpr std::string_view kVerify = "How to Verify That a System Can Support Kernel Zones";

using Check = std::optional<Blocker> (*)(const Host&);

Blocker blocker(std::string reason, std::string_view section) {
  return Blocker{std::move(reason), std::string(section)};
}

bool is_amd(const Host& host) { return host.model->x86 && host.model->x86->vendor == "AuthenticAMD"; }

std::optional<Blocker> processor_generation(const Host& host) {
  if (host.model->kernel_zones) return std::nullopt;
  return blocker(host.model->too_old_reason.empty()
                     ? fmt::format("{} processors cannot host kernel zones", host.model->family)
                     : host.model->too_old_reason,
                 kHardware);
}

std::optional<Blocker> firmware_floor(const Host& host) {
  const catalog::FirmwareFloor* floor =
      catalog::Catalog::builtin().find_firmware(host.model->firmware_family);
  if (floor == nullptr || !floor->kernel_zones_min || host.firmware >= *floor->kernel_zones_min)
    return std::nullopt;
  return blocker(fmt::format("{} {} is older than {}, the first that supports kernel zones on {}",
                             floor->kind, host.firmware.text(), floor->kernel_zones_min->text(),
                             host.model->family),
                 kHardware);
}

std::optional<Blocker> bios_switch(const Host& host, std::string_view name, std::string what) {
  if (host.arch() != catalog::Arch::X86 || host.bios_enabled(name)) return std::nullopt;
  return blocker(fmt::format("the BIOS does not enable {}", what), kHardware);
}

std::optional<Blocker> cpu_virtualization(const Host& host) {
  return bios_switch(host, "vt-x",
                     fmt::format("CPU virtualization ({})", is_amd(host) ? "AMD-V/SVM" : "VT-x"));
}

std::optional<Blocker> nested_page_tables(const Host& host) {
  return bios_switch(host, "ept",
                     fmt::format("Extended/Nested Page Table support ({})", is_amd(host) ? "NPT/RVI" : "EPT"));
}

std::optional<Blocker> no_execute(const Host& host) {
  return bios_switch(host, "nx", "No-eXecute support (NX)");
}

std::optional<Blocker> microcode(const Host& host) {
  if (host.arch() != catalog::Arch::X86 || host.microcode_compatible) return std::nullopt;
  return blocker("the microcode level on the CPUs is not compatible", kHardware);
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
  if (host.os >= catalog::Version{{11, 2}}) return std::nullopt;
  return blocker(fmt::format("Oracle Solaris {} is older than 11.2, the first release with kernel zones",
                             host.os.text()),
                 kVerify);
}

std::optional<Blocker> hypervisor(const Host& host) {
  switch (host.virtualization) {
    case Virtualization::OvmX86Guest:
      return blocker("kernel zones cannot run in Oracle VM Server for x86 guests", kHardware);
    case Virtualization::VirtualBox:
      return blocker("kernel zones cannot run on Oracle VM VirtualBox", kHardware);
    default:
      return std::nullopt;
  }
}

constexpr std::array<Check, 10> kChecks{processor_generation, firmware_floor, cpu_virtualization,
                                        nested_page_tables,   no_execute,     microcode,
                                        memory,               brand_package,  os_release,
                                        hypervisor};

}  // namespace

std::vector<Blocker> kernel_zone_blockers(const Host& host) {
  std::vector<Blocker> found;
  for (Check check : kChecks)
    if (auto reason = check(host)) found.push_back(std::move(*reason));
  return found;
}

std::optional<int> ldom_kernel_zone_limit(const Host& host) {
  if (host.virtualization != Virtualization::LdomGuest || host.model->ldom_kernel_zone_limit == 0)
    return std::nullopt;
  return host.model->ldom_kernel_zone_limit;
}

}  // namespace kzsim::zones
