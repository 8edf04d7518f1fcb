#pragma once
// One run of a trace through the timing model of a CPU model: what it costs per access and
// where the cycles go. The first quarter of the trace warms the TLBs and caches and is not
// counted.
#include <cstdint>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/timing/paging.hpp"

namespace kzsim::study {

struct Measurement {
  std::uint64_t accesses = 0;
  double cycles = 0;                    // one load instruction per access, plus translation and memory
  std::vector<std::string> tlb_levels;  // data TLB levels holding the page size, catalog order
  std::vector<std::uint64_t> tlb_misses;
  std::uint64_t walks = 0;
  std::uint64_t walk_references = 0;
  std::uint64_t walk_cycles = 0;

  double cycles_per_access() const { return accesses == 0 ? 0 : cycles / static_cast<double>(accesses); }
  double walk_share() const { return cycles == 0 ? 0 : static_cast<double>(walk_cycles) / cycles; }
};

// `dependent`: each access's address comes from the previous access (a pointer chase), so
// their latencies add up; otherwise they overlap (timing::TimingModel::access).
Measurement measure(const catalog::Timing& timing, const timing::Paging& paging, const std::vector<std::uint64_t>& trace,
                    bool dependent = false);
// The same over a trace file (TraceFile), streamed twice in constant memory: once to count its
// accesses, once to run them (independent: a trace does not say which loads depend).
Measurement measure_file(const catalog::Timing& timing, const timing::Paging& paging, const std::string& path);

}  // namespace kzsim::study
