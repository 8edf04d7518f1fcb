// `kzsim bench pagesize` throughput: one configuration's measurement (study::measure on a
// catalog model's full timing profile: TLBs, nested walks, caches) per workload trace, against
// a loop that only reads the same trace, measured in the same run. Goal: 200 M simulated
// accesses/s on one core. Times are thread CPU time.
#include <benchmark/benchmark.h>

#include "bench/thread_cpu_time.hpp"
#include "core/study/access_trace.hpp"
#include "core/study/measurement.hpp"
#include "core/study/zone_paging.hpp"

namespace kzsim {
namespace {

double trace_read_seconds(const std::vector<std::uint64_t>& trace) {
  const double start = bench::thread_cpu_seconds();
  std::uint64_t sum = 0;
  for (std::uint64_t address : trace) {
    sum += address;
    benchmark::DoNotOptimize(sum);
  }
  return bench::thread_cpu_seconds() - start;
}

// Arguments: workload (study::all_workloads index), backing page size of a 4K-page guest.
void BM_PagesizeConfiguration(benchmark::State& state) {
  const auto workload = study::all_workloads.at(static_cast<std::size_t>(state.range(0)));
  const auto& model = catalog::Catalog::builtin().require_model("intel-skylake");
  const auto paging = study::nested_paging(model, 4 * KiB, static_cast<Bytes>(state.range(1)));
  const auto trace = study::make_trace({workload, 8 * GiB, std::uint64_t{1} << 22, 1});
  double model_seconds = 0, baseline_seconds = 0;
  for (auto _ : state) {
    baseline_seconds += trace_read_seconds(trace);
    const double start = bench::thread_cpu_seconds();
    benchmark::DoNotOptimize(study::measure(model.timing, paging, trace));
    const double seconds = bench::thread_cpu_seconds() - start;
    model_seconds += seconds;
    state.SetIterationTime(seconds);
  }
  state.SetLabel(std::string(study::workload_name(workload)));
  const double accesses = static_cast<double>(trace.size()) * static_cast<double>(state.iterations());
  state.counters["M_accesses_per_s"] = accesses / model_seconds / 1e6;
  state.counters["time_vs_trace_read"] = model_seconds / baseline_seconds;
}

BENCHMARK(BM_PagesizeConfiguration)
    ->ArgsProduct({{0, 1, 2, 3}, {2 << 20, 1 << 30}})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kzsim

BENCHMARK_MAIN();
