#pragma once
// Host facts for rule tests: a SPARC T5, an Intel host and an AMD host, whose releases have
// every feature.
#include "zones/zonecfg/property_rules.hpp"

namespace kzsim::zones::zonecfg::testing {

inline HostFacts sparc_host() {
  return {catalog::Arch::Sparc, true, {"generic", "migration-class1", "SPARC-T5"},
          {"level1", "level2", "native", "adi", "memlzr"}, {}, true};
}

inline HostFacts intel_host() {
  return {catalog::Arch::X86, true, {"generic", "migration-class1", "migration-class4", "haswell"}, {"memlzr"},
          {}, true};
}

inline HostFacts amd_host() { return {catalog::Arch::X86, false, {"generic"}, {"memlzr"}, {}, true}; }

}  // namespace kzsim::zones::zonecfg::testing
