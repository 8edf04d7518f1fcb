#pragma once
// CPU time of the calling thread: the benchmarks share a loaded 2-vCPU machine, where wall
// time measures the neighbours as much as the code.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <ctime>
#include <vector>

namespace kzsim::bench {

inline double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// The baseline of the trace-driven benchmarks: a loop that only reads the trace.
inline double read_only_seconds(const std::vector<std::uint64_t>& addresses) {
  const double start = thread_cpu_seconds();
  std::uint64_t sum = 0;
  for (std::uint64_t a : addresses) {
    sum += a >> 12;
    benchmark::DoNotOptimize(sum);
  }
  return thread_cpu_seconds() - start;
}

}  // namespace kzsim::bench
