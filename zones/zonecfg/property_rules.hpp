#pragma once
// The checks zonecfg applies where the guide puts them: one named rule per fact. Value rules
// run when a property is set (and may normalise the value, e.g. 2048m -> 2G); cross-property
// rules run after each change and again at verify/commit.
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "zones/zone_config.hpp"

namespace kzsim::zones::zonecfg {

// What the rules need to know about the host, taken from its catalog model.
struct HostFacts {
  catalog::Arch arch = catalog::Arch::X86;
  bool cpu_arch_available = true;                  // false on AMD (no native class)
  std::vector<std::string> cpu_arch_classes;       // classes the catalog knows for the arch
  std::vector<std::string> host_compatible_levels; // levels and modifiers the catalog knows
  // What the host's release lacks (zones/releases): its zonecfg does not know these values.
  std::vector<std::string> levels_release_lacks;   // host-compatible levels and modifiers
  bool release_has_pagesize_policy = true;
  bool release_numbers_resources = true;  // info prints "anet 0:" (11.4), not "anet:" (11.3)
};

// The checked value, or the refusal (naming the input and what was expected).
struct Checked {
  std::string value;
  std::string error;
  bool ok() const { return error.empty(); }
};

// A value for `property` of `resource` ("" for a global property).
Checked check_value(const HostFacts& host, std::string_view resource, std::string_view property,
                    std::string_view value);

// Individual rules, exposed for their tests.
Checked check_physical_memory(const HostFacts& host, std::string_view value);
Checked check_pagesize(const HostFacts& host, std::string_view value);
Checked check_pagesize_policy(const HostFacts& host, std::string_view value);
Checked check_cpu_arch(const HostFacts& host, std::string_view value);
Checked check_host_compatible(const HostFacts& host, std::string_view value);
Checked check_storage(std::string_view value);
Checked check_zonename(std::string_view value);

// How the zonecfg of a release without the feature refuses `value` of `property` (guide ch.4
// "Memory Live Zone Reconfiguration Failure Examples": "memlzs: Invalid argument", "\"fixed\" is
// not a valid pagesize-policy name"), or "" when the host's release knows it.
std::string release_refusal(const HostFacts& host, std::string_view property, std::string_view value);

// Whether host-compatible enables memory live zone reconfiguration (native, level2,
// level1,memlzr or memlzr; memlzs is the guide's spelling of memlzr).
bool enables_memory_reconfiguration(std::string_view host_compatible);

// Rules across properties; each returns the refusal or "".
std::string memory_reserve_excludes_pagesize_policy(const Resource& capped_memory);
std::string fixed_policy_needs_memory_reconfiguration(const ZoneConfig& config);
std::string pagesize_needs_fixed_policy(const Resource& capped_memory);
std::string ids_are_unique(const ZoneConfig& config);
std::string devices_name_storage(const ZoneConfig& config);

// The cross-property rules that hold after every change (the memory rules).
std::vector<std::string> change_problems(const ZoneConfig& config);
// Everything verify and commit check: the change rules plus completeness and unique ids.
std::vector<std::string> verify_problems(const ZoneConfig& config);

}  // namespace kzsim::zones::zonecfg
