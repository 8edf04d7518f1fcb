// Trace-driven TLB + nested page-walk model throughput (goal: 200 M accesses/s), against a
// loop that only reads the same trace, measured in the same run. Times are thread CPU time.
#include <benchmark/benchmark.h>

#include <vector>

#include "bench/thread_cpu_time.hpp"
#include "core/random.hpp"
#include "core/timing/timing_model.hpp"

namespace kzsim {
namespace {

// Runs of `run_length` sequential 8-byte accesses starting at random places in 1 GiB: 64 is the
// pattern of a scan with index lookups, 1 a random access to a new page almost every time.
std::vector<std::uint64_t> trace(std::uint64_t run_length) {
  std::vector<std::uint64_t> addresses;
  SeededRandom random(42);
  while (addresses.size() < (std::size_t{1} << 22)) {
    const std::uint64_t base = random.below(GiB) & ~std::uint64_t{7};
    for (std::uint64_t i = 0; i < run_length; ++i) addresses.push_back(base + 8 * i);
  }
  return addresses;
}

catalog::Timing tlbs_only() {
  catalog::Timing t;
  t.tlbs = {{"L1 DTLB", {{4 * KiB, 64}, {2 * MiB, 32}}, 1}, {"L2 TLB", {{4 * KiB, 1536}, {2 * MiB, 1536}}, 7}};
  t.memory_latency_cycles = 25;
  return t;
}

void BM_TlbNestedWalkTrace(benchmark::State& state) {
  const timing::Paging paging{static_cast<Bytes>(state.range(0)), 0, static_cast<int>(state.range(1))};
  const auto addresses = trace(static_cast<std::uint64_t>(state.range(2)));
  double model_seconds = 0, baseline_seconds = 0;
  std::uint64_t walks = 0;
  for (auto _ : state) {
    baseline_seconds += bench::read_only_seconds(addresses);
    timing::TimingModel model(tlbs_only(), paging);
    const double start = bench::thread_cpu_seconds();
    for (std::uint64_t a : addresses) model.access(a);
    const double seconds = bench::thread_cpu_seconds() - start;
    model_seconds += seconds;
    walks = model.counters().walks;
    state.SetIterationTime(seconds);
  }
  const double accesses = static_cast<double>(addresses.size()) * static_cast<double>(state.iterations());
  state.counters["M_accesses_per_s"] = accesses / model_seconds / 1e6;
  state.counters["time_vs_read_only"] = model_seconds / baseline_seconds;
  state.counters["walks"] = static_cast<double>(walks);
}

// page size, host levels (0: native), accesses per sequential run
BENCHMARK(BM_TlbNestedWalkTrace)
    ->ArgsProduct({{4096, 2 << 20}, {0, 4}, {64, 1}})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kzsim

BENCHMARK_MAIN();
