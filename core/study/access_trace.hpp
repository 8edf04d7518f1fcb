#pragma once
// The data accesses of the workloads the page-size study runs inside a kernel zone, as a
// seeded trace of guest-virtual addresses over a working set starting at address 0.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/units.hpp"

namespace kzsim::study {

enum class Workload : std::uint8_t {
  Random,  // database-like: 64-byte rows at random places, read word by word
  Scan,    // sequential words over the whole working set, wrapping
  Chase,   // a pointer chase visiting every 64-byte node once per cycle, in a seeded order
  Mix,     // runs of 64 accesses, each run from one of the three above, chosen at random
  Trace,   // a program's recorded trace (SweepSpec::trace), not generated here
};
inline constexpr std::array all_workloads{Workload::Random, Workload::Scan, Workload::Chase, Workload::Mix};

std::string_view workload_name(Workload workload);  // "random", "scan", "chase", "mix", "trace"
std::optional<Workload> parse_workload(std::string_view text);

struct TraceSpec {
  Workload workload = Workload::Random;
  Bytes working_set = 0;       // a multiple of 64 bytes, at least 64
  std::uint64_t accesses = 0;  // 8-byte reads
  std::uint64_t seed = 1;
};

std::vector<std::uint64_t> make_trace(const TraceSpec& spec);

}  // namespace kzsim::study
