#include "zones/host.hpp"

#include <algorithm>

namespace kzsim::zones {

std::string_view virtualization_name(Virtualization virtualization) {
  switch (virtualization) {
    case Virtualization::BareMetal: return "bare-metal";
    case Virtualization::LdomGuest: return "ldom-guest";
    case Virtualization::OvmX86Guest: return "ovm-x86-guest";
    case Virtualization::VirtualBox: return "virtualbox";
    case Virtualization::VMware: return "vmware";
    case Virtualization::Kvm: return "kvm";
    case Virtualization::KernelZone: return "kernel-zone";
  }
  return "bare-metal";
}

int Host::threads() const { return cores * model->topology.threads_per_core; }

unsigned cpuid_signature(const catalog::X86Identity& id) {
  const unsigned family = static_cast<unsigned>(id.family), model = static_cast<unsigned>(id.model);
  const unsigned extended_family = family > 15 ? family - 15 : 0;
  return extended_family << 20 | (model >> 4) << 16 | std::min(family, 15u) << 8 | (model & 0xF) << 4 |
         static_cast<unsigned>(id.stepping);
}

int Host::processor_id(int core, int thread) const {
  return arch() == catalog::Arch::Sparc ? core * model->topology.threads_per_core + thread : thread * cores + core;
}

Zone* Host::find_zone(std::string_view zone) {
  auto it = zones.find(std::string(zone));
  return it == zones.end() ? nullptr : &it->second;
}

int Host::next_zone_id() const {
  int highest = 0;
  for (const auto& [name, zone] : zones) highest = std::max(highest, zone.id);
  return highest + 1;
}

}  // namespace kzsim::zones
