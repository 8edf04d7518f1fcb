// Guest execution speed: the x86 guest kernel run by exec::Guest (budgeted slices, block
// decoding, class checks, hypercalls), without and with the timing model, and run to its end
// counting nothing (Guest::run_to_stop: verified code without hooks), against bare Unicorn
// started from the same prepared state (RAM, registers) in the same run. Bare Unicorn is also
// timed with an empty block hook and with an empty memory hook: what any budget counter and any
// data-access observer cost in Unicorn 2.0.1 before our code runs. Times are thread CPU time.
#include <benchmark/benchmark.h>
#include <sys/mman.h>
#include <unicorn/unicorn.h>

#include <array>
#include <chrono>
#include <cstring>

#include "bench/thread_cpu_time.hpp"
#include "core/exec/guest_kernel.hpp"
#include "core/timing/timing_model.hpp"
#include "machine/x86/x86_guest.hpp"

namespace kzsim {
namespace {

catalog::CpuModel model() {
  catalog::CpuModel m;
  m.id = "bench-x86";
  m.arch = catalog::Arch::X86;
  m.x86 = catalog::X86Identity{"GenuineIntel", 6, 63, 2, "bench"};
  return m;
}

catalog::Timing timing() {
  catalog::Timing t;
  t.cpi_by_class = {{"load", 1.5}, {"store", 1.0}, {"branch", 1.2}};
  t.tlbs = {{"L1 DTLB", {{4 * KiB, 64}}, 1}, {"L2 TLB", {{4 * KiB, 1024}}, 7}};
  t.caches = {{"L1D", 32 * KiB, 64, 8, 4}, {"L2", 256 * KiB, 64, 8, 12}, {"L3", 8 * MiB, 64, 16, 40}};
  t.memory_latency_cycles = 200;
  return t;
}

// Workloads by benchmark argument: load-heavy (a 4-instruction loop summing 256 KiB 40 times)
// and store-heavy (filling 4 MiB, one store in every 7 instructions, then folding it).
exec::WorkloadRun workload(std::int64_t index) {
  if (index == 0) return {exec::Workload::Scan, 256 * KiB, 40};
  return {exec::Workload::Checksum, 4 * MiB, 1};
}

std::unique_ptr<exec::Guest> prepared_guest(const exec::WorkloadRun& run) {
  auto guest = x86::make_guest(model(), {"sse4.2"}, exec::kernel_ram_bytes(run));
  exec::start_kernel(*guest, x86::kernel_image(), run);
  return guest;
}

enum class RawHooks { None, EmptyBlock, EmptyMemory };

constexpr std::array<int, 18> x86_registers = {
    UC_X86_REG_RAX, UC_X86_REG_RBX, UC_X86_REG_RCX, UC_X86_REG_RDX, UC_X86_REG_RSI, UC_X86_REG_RDI,
    UC_X86_REG_RBP, UC_X86_REG_RSP, UC_X86_REG_R8,  UC_X86_REG_R9,  UC_X86_REG_R10, UC_X86_REG_R11,
    UC_X86_REG_R12, UC_X86_REG_R13, UC_X86_REG_R14, UC_X86_REG_R15, UC_X86_REG_RIP, UC_X86_REG_EFLAGS};

// Bare Unicorn from `prepared`'s state: a copy of its RAM and registers, its return address
// mapped to a `hlt`, one uc_emu_start to it; hypercalls (`out`) ignored, CPUID native.
double raw_unicorn_seconds(const exec::Guest& prepared, RawHooks hooks) {
  const auto memory = prepared.memory();
  void* ram = mmap(nullptr, memory.size(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  std::memcpy(ram, memory.data(), memory.size());
  uc_engine* uc = nullptr;
  uc_open(UC_ARCH_X86, UC_MODE_64, &uc);
  uc_ctl_set_cpu_model(uc, UC_CPU_X86_EPYC);
  uc_mem_map_ptr(uc, 0, memory.size(), UC_PROT_ALL, ram);
  for (const int id : x86_registers) {
    const std::uint64_t value = prepared.reg(id);
    uc_reg_write(uc, id, &value);
  }
  std::uint64_t exit = 0;
  std::memcpy(&exit, memory.data() + prepared.reg(UC_X86_REG_RSP), sizeof exit);
  uc_mem_map(uc, exit & ~std::uint64_t{4095}, 4096, UC_PROT_ALL);
  const std::uint8_t hlt = 0xF4;
  uc_mem_write(uc, exit, &hlt, 1);
  uc_hook hook;
  uc_hook_add(uc, &hook, UC_HOOK_INSN, reinterpret_cast<void*>(+[](uc_engine*, std::uint32_t, int, std::uint32_t, void*) {}),
              nullptr, 1, 0, UC_X86_INS_OUT);
  if (hooks == RawHooks::EmptyBlock)
    uc_hook_add(uc, &hook, UC_HOOK_BLOCK, reinterpret_cast<void*>(+[](uc_engine*, std::uint64_t, std::uint32_t, void*) {}),
                nullptr, 1, 0);
  if (hooks == RawHooks::EmptyMemory)
    uc_hook_add(uc, &hook, UC_HOOK_MEM_READ | UC_HOOK_MEM_WRITE,
                reinterpret_cast<void*>(+[](uc_engine*, uc_mem_type, std::uint64_t, int, std::int64_t, void*) {}), nullptr,
                0, memory.size() - 1);
  const double start = bench::thread_cpu_seconds();
  uc_emu_start(uc, prepared.pc(), exit, 0, 0);
  const double seconds = bench::thread_cpu_seconds() - start;
  uc_close(uc);
  munmap(ram, memory.size());
  return seconds;
}

enum class Mode { Slices, ToStop, SlicesWithTiming };

// Instructions of the workload's run in slices; run_to_stop counts none.
std::uint64_t counted_instructions(const exec::WorkloadRun& run) {
  auto guest = prepared_guest(run);
  while (guest->run(10'000'000).reason == exec::StopReason::BudgetSpent) {
  }
  return guest->instructions();
}

void run_guest(benchmark::State& state, Mode mode) {
  const exec::WorkloadRun run = workload(state.range(0));
  double guest_seconds = 0, raw_seconds = 0, floor_seconds = 0;
  std::uint64_t instructions = 0;
  const bool with_timing = mode == Mode::SlicesWithTiming;
  const RawHooks floor = with_timing ? RawHooks::EmptyMemory : RawHooks::EmptyBlock;
  const std::uint64_t run_instructions = mode == Mode::ToStop ? counted_instructions(run) : 0;
  for (auto _ : state) {
    auto guest = prepared_guest(run);
    raw_seconds += raw_unicorn_seconds(*guest, RawHooks::None);
    floor_seconds += raw_unicorn_seconds(*guest, floor);
    timing::TimingModel timing_model(timing());
    if (with_timing) guest->attach_timing(&timing_model);
    const double start = bench::thread_cpu_seconds();
    if (mode == Mode::ToStop) {
      if (guest->run_to_stop(std::chrono::minutes(1)).reason != exec::StopReason::Exited) state.SkipWithError("no exit");
    } else {
      while (guest->run(10'000'000).reason == exec::StopReason::BudgetSpent) {
      }
    }
    const double seconds = bench::thread_cpu_seconds() - start;
    guest_seconds += seconds;
    instructions += mode == Mode::ToStop ? run_instructions : guest->instructions();
    state.SetIterationTime(seconds);
  }
  state.SetLabel(run.workload == exec::Workload::Scan ? "scan, load-heavy" : "checksum 4M, store-heavy fill");
  state.counters["guest_MIPS"] = static_cast<double>(instructions) / guest_seconds / 1e6;
  state.counters["raw_unicorn_MIPS"] = static_cast<double>(instructions) / raw_seconds / 1e6;
  state.counters["time_vs_raw_unicorn"] = guest_seconds / raw_seconds;
  state.counters[with_timing ? "raw_empty_mem_hook_vs_raw" : "raw_empty_block_hook_vs_raw"] = floor_seconds / raw_seconds;
}

void BM_GuestFunctional(benchmark::State& state) { run_guest(state, Mode::Slices); }
void BM_GuestFunctionalToStop(benchmark::State& state) { run_guest(state, Mode::ToStop); }
void BM_GuestWithTimingModel(benchmark::State& state) { run_guest(state, Mode::SlicesWithTiming); }

BENCHMARK(BM_GuestFunctional)->Arg(0)->Arg(1)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_GuestFunctionalToStop)->Arg(0)->Arg(1)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_GuestWithTimingModel)->Arg(0)->Arg(1)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace kzsim

BENCHMARK_MAIN();
