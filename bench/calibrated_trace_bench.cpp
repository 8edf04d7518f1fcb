// The calibrated timing model, trace-driven, on a random pointer chase over 1 GiB with the full
// hierarchy (intel-skylake: two TLB levels, walk caches, L1D/L2/L3, dependent loads; 4K pages,
// native and nested on 4K host pages), against a loop that only reads the same trace, in the
// same run (goal: 30 M accesses/s). Times are thread CPU time.
#include <benchmark/benchmark.h>

#include <vector>

#include "bench/thread_cpu_time.hpp"
#include "core/catalog/catalog.hpp"
#include "core/study/calibration.hpp"
#include "core/study/zone_paging.hpp"
#include "core/timing/timing_model.hpp"

namespace kzsim {
namespace {

std::vector<std::uint64_t> chase() {
  const std::uint64_t lines = GiB / 64;
  const study::ChaseOrder order(lines, 1);
  std::vector<std::uint64_t> addresses;
  for (std::uint64_t i = 0; i < (std::uint64_t{1} << 22); ++i) addresses.push_back(GiB + order(i) * 64);
  return addresses;
}

void BM_CalibratedChase(benchmark::State& state) {
  const auto& model = catalog::Catalog::builtin().require_model("intel-skylake");
  const auto paging = state.range(0) == 0 ? study::native_paging(model, 4 * KiB) : study::nested_paging(model, 4 * KiB, 4 * KiB);
  static const auto addresses = chase();
  double model_seconds = 0, baseline_seconds = 0;
  for (auto _ : state) {
    baseline_seconds += bench::read_only_seconds(addresses);
    timing::TimingModel timing(model.timing, paging);
    const double start = bench::thread_cpu_seconds();
    for (std::uint64_t a : addresses) timing.access(a, true);
    const double seconds = bench::thread_cpu_seconds() - start;
    model_seconds += seconds;
    state.SetIterationTime(seconds);
  }
  const double accesses = static_cast<double>(addresses.size()) * static_cast<double>(state.iterations());
  state.counters["M_accesses_per_s"] = accesses / model_seconds / 1e6;
  state.counters["time_vs_read_only"] = model_seconds / baseline_seconds;
}

// 0: native, 1: nested on 4K host pages
BENCHMARK(BM_CalibratedChase)->Arg(0)->Arg(1)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kzsim

BENCHMARK_MAIN();
