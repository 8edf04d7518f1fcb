#include "zones/host.hpp"

#include <algorithm>

namespace kzsim::zones {

std::string_view virtualization_name(Virtualization virtualization) {
  switch (virtualization) {
    case Virtualization::BareMetal: return "bare-metal";
    case Virtualization::LdomGuest: return "ldom-guest";
    case Virtualization::OvmX86Guest: return "ovm-x86-guest";
    case Virtualization::VirtualBox: return "virtualbox";
    case Virtualization::KernelZone: return "kernel-zone";
  }
  return "bare-metal";
}

int Host::threads() const { return cores * model->topology.threads_per_core; }

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
