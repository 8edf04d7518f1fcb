#pragma once
// Hosts for unit tests, built from hand-written models so that a test states the facts it
// depends on. Firmware floors come from the built-in firmware table (families sparc-t4, x86-bios).
#include "zones/host.hpp"

namespace kzsim::zones::testing {

inline catalog::CpuModel sparc_model() {
  catalog::CpuModel model;
  model.id = "sparc-t4";
  model.family = "SPARC T4";
  model.arch = catalog::Arch::Sparc;
  model.kernel_zones = true;
  model.topology = {1, 6, 8, 2998};
  model.page_sizes = {8192, 65536, 4194304, 268435456, 2147483648};
  model.psrinfo_name = "SPARC-T4";
  model.firmware_family = "sparc-t4";
  model.ldom_kernel_zone_limit = 768;
  return model;
}

inline catalog::CpuModel x86_model() {
  catalog::CpuModel model;
  model.id = "intel-ivybridge";
  model.family = "Ivy Bridge";
  model.arch = catalog::Arch::X86;
  model.kernel_zones = true;
  model.topology = {2, 6, 2, 2100};
  model.page_sizes = {4096, 2097152, 1073741824};
  model.x86 = catalog::X86Identity{"GenuineIntel", 6, 62, 4, "Intel(r) Xeon(r) CPU E5-2620 v2 @ 2.10GHz"};
  model.firmware_family = "x86-bios";
  return model;
}

inline Host host_on(const catalog::CpuModel& model, std::string name = "global") {
  Host host;
  host.name = std::move(name);
  host.model = &model;
  host.os = catalog::Version{{11, 4, 81}};  // the newest SRU kzsim knows, as scenarios default to
  host.memory = 64ULL << 30;
  host.cores = model.topology.sockets * model.topology.cores_per_socket;
  host.packages = {std::string(kBrandPackage)};
  host.services = Services::standard();
  return host;
}

}  // namespace kzsim::zones::testing
