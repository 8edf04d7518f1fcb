#pragma once
// The facts zonecfg's rules need about a host, asked of the machine catalog.
#include "core/catalog/catalog.hpp"
#include "zones/zonecfg/property_rules.hpp"

namespace kzsim::zones {
struct Host;
}

namespace kzsim::zones::zonecfg {

HostFacts host_facts(const Host& host, const catalog::Catalog& catalog);

}  // namespace kzsim::zones::zonecfg
