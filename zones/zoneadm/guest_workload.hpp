#pragma once
// What the software running in a kernel zone holds on to, which live reconfiguration cannot take
// from it: CPUs dedicated to nested zones (guide Example 4-1) and the memory it uses. A scenario
// describes it in the host file /system/volatile/zones/ZONE/workload, one "key: value" a line:
//   pinned-cpus: 12-15,2     (virtual CPU ids; ranges and single ids)
//   memory-in-use: 14G
// Without the file (or a key) the guest pins no CPU and uses half of its memory (INFERRED).
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/units.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

struct GuestWorkload {
  std::set<int> pinned_cpus;
  std::optional<Bytes> memory_in_use;

  Bytes memory_in_use_of(Bytes memory) const { return memory_in_use.value_or(memory / 2); }
};

std::string guest_workload_path(std::string_view zone);

// The zone's workload; nothing (and `error` naming the file, line and expected form) when the
// file is malformed.
std::optional<GuestWorkload> guest_workload(const Host& host, std::string_view zone, std::string& error);

}  // namespace kzsim::zones
