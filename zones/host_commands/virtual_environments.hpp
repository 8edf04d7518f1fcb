#pragma once
// The virtualization environments virtinfo(8) lists for a global zone: the one it runs in (a
// scenario host's `virtualization`), its parent, and the guests it can or cannot run.
#include <string>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

struct VirtualEnvironment {
  std::string name;        // "logical-domain", "virtualbox", "kernel-zone", ...
  std::string class_name;  // "current", "parent", "supported", "unsupported"
};

// In virtinfo's order: current, parent, supported, unsupported.
std::vector<VirtualEnvironment> virtual_environments(const Host& host);

}  // namespace kzsim::zones
