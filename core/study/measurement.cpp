#include "core/study/measurement.hpp"

#include <algorithm>
#include <limits>

#include "core/timing/timing_model.hpp"

namespace kzsim::study {
namespace {

void retire_loads(timing::TimingModel& model, std::uint64_t loads) {
  while (loads > 0) {
    timing::InstructionMix mix;
    const auto batch = static_cast<std::uint32_t>(std::min<std::uint64_t>(loads, std::numeric_limits<std::uint32_t>::max()));
    mix.counts[static_cast<std::size_t>(timing::InstructionClass::Load)] = batch;
    model.retire(mix);
    loads -= batch;
  }
}

}  // namespace

Measurement measure(const catalog::Timing& timing, const timing::Paging& paging, const std::vector<std::uint64_t>& trace) {
  timing::TimingModel model(timing, paging);
  const std::size_t warm_up = trace.size() / 4;
  for (std::size_t i = 0; i < warm_up; ++i) model.access(trace[i]);
  const timing::TimingCounters before = model.counters();
  for (std::size_t i = warm_up; i < trace.size(); ++i) model.access(trace[i]);
  retire_loads(model, trace.size() - warm_up);
  const timing::TimingCounters& after = model.counters();

  Measurement result;
  result.accesses = after.accesses - before.accesses;
  result.cycles = after.cycles - before.cycles;
  result.tlb_levels = model.tlb_names();
  for (std::size_t level = 0; level < after.tlb_misses.size(); ++level)
    result.tlb_misses.push_back(after.tlb_misses[level] - before.tlb_misses[level]);
  result.walks = after.walks - before.walks;
  result.walk_references = after.walk_references - before.walk_references;
  result.walk_cycles = after.walk_cycles - before.walk_cycles;
  return result;
}

}  // namespace kzsim::study
