#pragma once
// CPU time of the calling thread: the benchmarks share a loaded 2-vCPU machine, where wall
// time measures the neighbours as much as the code.
#include <ctime>

namespace kzsim::bench {

inline double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

}  // namespace kzsim::bench
