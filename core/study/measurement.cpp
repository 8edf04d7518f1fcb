#include "core/study/measurement.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/study/trace_file.hpp"
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

Measurement measured(const timing::TimingModel& model, const timing::TimingCounters& before) {
  const timing::TimingCounters& after = model.counters();
  Measurement result;
  result.accesses = after.accesses - before.accesses;
  result.cycles = after.cycles - before.cycles;
  result.tlb_levels = model.tlb_names();
  for (std::size_t level = 0; level < after.tlb_misses.size(); ++level)
    result.tlb_misses.push_back(after.tlb_misses[level] - before.tlb_misses[level]);
  result.walks = after.walks - before.walks;
  result.walk_references = after.walk_references - before.walk_references;
  result.walk_cycles = static_cast<std::uint64_t>(std::llround(after.walk_cycles - before.walk_cycles));
  return result;
}

}  // namespace

Measurement measure(const catalog::Timing& timing, const timing::Paging& paging, const std::vector<std::uint64_t>& trace,
                    bool dependent) {
  timing::TimingModel model(timing, paging);
  const std::size_t warm_up = trace.size() / 4;
  for (std::size_t i = 0; i < warm_up; ++i) model.access(trace[i], dependent);
  const timing::TimingCounters before = model.counters();
  for (std::size_t i = warm_up; i < trace.size(); ++i) model.access(trace[i], dependent);
  retire_loads(model, trace.size() - warm_up);
  return measured(model, before);
}

Measurement measure_file(const catalog::Timing& timing, const timing::Paging& paging, const std::string& path) {
  std::uint64_t count = 0, address = 0;
  for (TraceFile counting(path); counting.next(address);) ++count;
  if (count < 4) throw InputError(fmt::format("--trace {}: {} data accesses; expected at least 4", path, count));
  timing::TimingModel model(timing, paging);
  TraceFile trace(path);
  const std::uint64_t warm_up = count / 4;
  for (std::uint64_t i = 0; i < warm_up && trace.next(address); ++i) model.access(address);
  const timing::TimingCounters before = model.counters();
  while (trace.next(address)) model.access(address);
  retire_loads(model, model.counters().accesses - before.accesses);
  return measured(model, before);
}

}  // namespace kzsim::study
