// Guest execution speed: the x86 guest kernel's scan workload run by exec::Guest (budgeted
// slices, block decoding, dirty tracking, hypercalls), with and without the timing model,
// against the same image on bare Unicorn in the same run. Times are thread CPU time.
#include <benchmark/benchmark.h>
#include <sys/mman.h>
#include <unicorn/unicorn.h>

#include <array>
#include <cstring>

#include "bench/thread_cpu_time.hpp"
#include "core/exec/guest_kernel.hpp"
#include "core/timing/timing_model.hpp"
#include "machine/x86/x86_guest.hpp"

namespace kzsim {
namespace {

const exec::WorkloadRun scan{exec::Workload::Scan, 256 * KiB, 40};

catalog::CpuModel model() {
  catalog::CpuModel m;
  m.id = "bench-x86";
  m.arch = catalog::Arch::X86;
  m.x86 = catalog::X86Identity{"GenuineIntel", 6, 63, 2, "bench"};
  return m;
}

catalog::Timing timing() {
  catalog::Timing t;
  t.cpi_by_class = {{"load", 1.5}, {"branch", 1.2}};
  t.tlbs = {{"L1 DTLB", {{4 * KiB, 64}}, 1}, {"L2 TLB", {{4 * KiB, 1024}}, 7}};
  t.walk_reference_cycles = 25;
  t.caches = {{"L1D", 32 * KiB, 64, 8, 4}, {"L2", 256 * KiB, 64, 8, 12}, {"L3", 8 * MiB, 64, 16, 40}};
  t.memory_latency_cycles = 200;
  return t;
}

double seconds_since(double start) { return bench::thread_cpu_seconds() - start; }

// The same image and call on bare Unicorn: hypercalls ignored, CPUID executed natively.
double raw_unicorn_seconds() {
  const Bytes ram_bytes = exec::kernel_ram_bytes(scan);
  void* ram = mmap(nullptr, ram_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  uc_engine* uc = nullptr;
  uc_open(UC_ARCH_X86, UC_MODE_64, &uc);
  uc_ctl_set_cpu_model(uc, UC_CPU_X86_EPYC);
  uc_mem_map_ptr(uc, 0, ram_bytes, UC_PROT_ALL, ram);
  const auto image = x86::kernel_image();
  std::memcpy(static_cast<std::uint8_t*>(ram) + exec::kernel_load_address, image.data(), image.size());
  const std::uint64_t exit = 0x1000;
  static_cast<std::uint8_t*>(ram)[exit] = 0xF4;  // hlt
  const std::uint64_t rsp = exec::kernel_stack_top - 8;
  std::memcpy(static_cast<std::uint8_t*>(ram) + rsp, &exit, sizeof exit);
  const std::array<std::uint64_t, 5> values = {static_cast<std::uint64_t>(scan.workload), exec::kernel_buffer_address,
                                               scan.buffer_bytes, scan.iterations, rsp};
  const std::array<int, 5> regs = {UC_X86_REG_RDI, UC_X86_REG_RSI, UC_X86_REG_RDX, UC_X86_REG_RCX, UC_X86_REG_RSP};
  for (std::size_t i = 0; i < regs.size(); ++i) uc_reg_write(uc, regs[i], &values[i]);
  uc_hook hook;
  uc_hook_add(uc, &hook, UC_HOOK_INSN, reinterpret_cast<void*>(+[](uc_engine*, std::uint32_t, int, std::uint32_t, void*) {}),
              nullptr, 1, 0, UC_X86_INS_OUT);
  const double start = bench::thread_cpu_seconds();
  uc_emu_start(uc, exec::kernel_load_address, exit, 0, 0);
  const double seconds = seconds_since(start);
  uc_close(uc);
  munmap(ram, ram_bytes);
  return seconds;
}

void run_guest(benchmark::State& state, bool with_timing) {
  double guest_seconds = 0, raw_seconds = 0;
  std::uint64_t instructions = 0;
  for (auto _ : state) {
    raw_seconds += raw_unicorn_seconds();
    auto guest = x86::make_guest(model(), {"sse4.2"}, exec::kernel_ram_bytes(scan));
    timing::TimingModel timing_model(timing());
    if (with_timing) guest->attach_timing(&timing_model);
    exec::start_kernel(*guest, x86::kernel_image(), scan);
    const double start = bench::thread_cpu_seconds();
    while (guest->run(10'000'000).reason == exec::StopReason::BudgetSpent) {
    }
    const double seconds = seconds_since(start);
    guest_seconds += seconds;
    instructions += guest->instructions();
    state.SetIterationTime(seconds);
  }
  state.counters["guest_MIPS"] = static_cast<double>(instructions) / guest_seconds / 1e6;
  state.counters["raw_unicorn_MIPS"] = static_cast<double>(instructions) / raw_seconds / 1e6;
  state.counters["time_vs_raw_unicorn"] = guest_seconds / raw_seconds;
}

void BM_GuestFunctional(benchmark::State& state) { run_guest(state, false); }
void BM_GuestWithTimingModel(benchmark::State& state) { run_guest(state, true); }

BENCHMARK(BM_GuestFunctional)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_GuestWithTimingModel)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace kzsim

BENCHMARK_MAIN();
