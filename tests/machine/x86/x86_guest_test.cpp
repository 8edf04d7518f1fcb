#include "machine/x86/x86_guest.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <array>

#include "core/exec/guest_kernel.hpp"
#include "core/timing/timing_model.hpp"
#include "machine/x86/cpuid.hpp"
#include "tests/core/exec/guest_test_support.hpp"

namespace kzsim::x86 {
namespace {

using exec::StopReason;
using exec::testing::has_line;
using exec::testing::run_to_end;

catalog::CpuModel haswell() {
  catalog::CpuModel model;
  model.id = "intel-haswell";
  model.arch = catalog::Arch::X86;
  model.x86 = catalog::X86Identity{"GenuineIntel", 6, 63, 2, "Intel(R) Xeon(R) CPU E5-2699 v3 @ 2.30GHz"};
  return model;
}

const std::vector<std::string> haswell_features = {"sse4.2", "aes", "popcnt", "avx", "avx2", "pni", "ssse3"};

std::unique_ptr<exec::Guest> booted(const exec::WorkloadRun& run, std::vector<std::string> features = haswell_features) {
  auto guest = make_guest(haswell(), std::move(features), exec::kernel_ram_bytes(run));
  exec::start_kernel(*guest, kernel_image(), run);
  return guest;
}

TEST(X86Guest, BootsPrintsItsCpuAndReturnsTheChecksum) {
  const exec::WorkloadRun run{exec::Workload::Checksum, 256 * KiB, 1};
  auto guest = booted(run);
  const auto [result, slices] = run_to_end(*guest, 100'000'000);
  ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
  EXPECT_EQ(guest->return_value(), exec::expected_checksum(256 * KiB));
  const auto& console = guest->console();
  EXPECT_TRUE(has_line(console, "kzsim guest kernel: booting"));
  EXPECT_TRUE(has_line(console, "cpu vendor: GenuineIntel"));
  EXPECT_TRUE(has_line(console, "cpu signature: 0x00000000000306f2"));
  EXPECT_TRUE(has_line(console, "cpu brand: Intel(R) Xeon(R) CPU E5-2699 v3 @ 2.30GHz"));
  EXPECT_TRUE(has_line(console, "hypervisor: SolarisKZone"));
  EXPECT_TRUE(has_line(console, fmt::format("result 0x{:016x}", exec::expected_checksum(256 * KiB))));
  EXPECT_GT(guest->instructions(), 256 * KiB / 8);
}

TEST(X86Guest, SeesTheMaskedCpuidOfItsClass) {
  const std::vector<std::string> features = {"sse4.2", "popcnt"};
  auto guest = booted({exec::Workload::Checksum, 8 * KiB, 1}, features);
  ASSERT_EQ(run_to_end(*guest, 100'000'000).first.reason, StopReason::Exited);
  const CpuidResult leaf1 = Cpuid(*haswell().x86, features).query(1, 0);
  EXPECT_TRUE(has_line(guest->console(),
                       fmt::format("cpuid 1 ecx:edx: 0x{:016x}", std::uint64_t{leaf1.ecx} << 32 | leaf1.edx)));
  EXPECT_TRUE(has_line(guest->console(), "cpuid 7 ebx:ecx: 0x0000000000000000"));
}

TEST(X86Guest, SlicesAndSaveRestoreIntoAnotherGuestReachTheSameResult) {
  const exec::WorkloadRun run{exec::Workload::Checksum, 128 * KiB, 1};
  auto first = booted(run);
  ASSERT_EQ(first->run(50'000).reason, StopReason::BudgetSpent);
  const exec::Snapshot snapshot = first->save();

  auto second = make_guest(haswell(), haswell_features, exec::kernel_ram_bytes(run));
  second->restore(snapshot);
  const auto [result, slices] = run_to_end(*second, 10'000);
  ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
  EXPECT_GT(slices, 10);
  EXPECT_EQ(second->return_value(), exec::expected_checksum(128 * KiB));
  EXPECT_TRUE(has_line(second->console(), "kzsim guest kernel: booting"));

  // The original continues too, to the same result and instruction count.
  ASSERT_EQ(run_to_end(*first, 1'000'000).first.reason, StopReason::Exited);
  EXPECT_EQ(first->return_value(), second->return_value());
  EXPECT_EQ(first->instructions(), second->instructions());
}

TEST(X86Guest, TracksThePagesItWrites) {
  const exec::WorkloadRun run{exec::Workload::Checksum, 64 * KiB, 1};
  auto guest = booted(run);
  guest->track_dirty_pages(true);
  guest->clear_dirty_pages();
  ASSERT_EQ(run_to_end(*guest, 100'000'000).first.reason, StopReason::Exited);
  const auto dirty = guest->dirty_pages();
  for (std::uint64_t page = exec::kernel_buffer_address / 4096; page < (exec::kernel_buffer_address + 64 * KiB) / 4096;
       ++page)
    EXPECT_TRUE(std::find(dirty.begin(), dirty.end(), page) != dirty.end()) << page;
  EXPECT_TRUE(std::find(dirty.begin(), dirty.end(), exec::kernel_load_address / 4096) == dirty.end());
}

// aesenc xmm0, xmm1; ret
constexpr std::array<std::uint8_t, 6> aesenc_then_return = {0x66, 0x0F, 0x38, 0xDC, 0xC1, 0xC3};
// popcnt rax, rdi; ret (Unicorn 2.0.1 cannot execute popcnt under any CPU model)
constexpr std::array<std::uint8_t, 6> popcnt_then_return = {0xF3, 0x48, 0x0F, 0xB8, 0xC7, 0xC3};
// crc32 rax, rdi; ret
constexpr std::array<std::uint8_t, 7> crc32_then_return = {0xF2, 0x48, 0x0F, 0x38, 0xF1, 0xC7, 0xC3};

exec::RunResult run_code(std::span<const std::uint8_t> code, std::vector<std::string> features) {
  auto guest = make_guest(haswell(), std::move(features), 2 * MiB);
  guest->load(exec::kernel_load_address, code);
  guest->call(exec::kernel_load_address, {}, exec::kernel_stack_top);
  return guest->run(1000);
}

TEST(X86Guest, PanicsOnAnInstructionOutsideItsClass) {
  const auto without_aes = run_code(aesenc_then_return, {"sse4.2"});
  EXPECT_EQ(without_aes.reason, StopReason::Panicked);
  EXPECT_NE(without_aes.panic_message.find("needs aes"), std::string::npos) << without_aes.panic_message;
  EXPECT_EQ(run_code(aesenc_then_return, {"aes"}).reason, StopReason::Exited);

  EXPECT_NE(run_code(popcnt_then_return, {"aes"}).panic_message.find("needs popcnt"), std::string::npos);
  const auto without_sse42 = run_code(crc32_then_return, {"aes"});
  EXPECT_NE(without_sse42.panic_message.find("needs sse4.2"), std::string::npos) << without_sse42.panic_message;
  EXPECT_EQ(run_code(crc32_then_return, {"sse4.2"}).reason, StopReason::Exited);
}

TEST(X86Guest, StopsAtAStopPointAndContinuesPastIt) {
  constexpr std::array<std::uint8_t, 3> nop_nop_return = {0x90, 0x90, 0xC3};
  auto guest = make_guest(haswell(), {}, 2 * MiB);
  guest->load(exec::kernel_load_address, nop_nop_return);
  guest->add_stop_point(exec::kernel_load_address + 1);
  guest->call(exec::kernel_load_address, {}, exec::kernel_stack_top);
  const auto stopped = guest->run(1000);
  EXPECT_EQ(stopped.reason, StopReason::StopPoint);
  EXPECT_EQ(stopped.pc, exec::kernel_load_address + 1);
  EXPECT_EQ(guest->run(1000).reason, StopReason::Exited);
}

TEST(X86Guest, FeedsTheTimingModel) {
  catalog::Timing timing;
  timing.tlbs = {{"L1 DTLB", {{4 * KiB, 64}}, 0}};
  timing.memory_latency_cycles = 20;
  timing::TimingModel model(timing);
  auto guest = booted({exec::Workload::Scan, 512 * KiB, 2});
  guest->attach_timing(&model);
  ASSERT_EQ(run_to_end(*guest, 100'000'000).first.reason, StopReason::Exited);
  EXPECT_EQ(model.counters().instructions, guest->instructions());
  EXPECT_GT(model.counters().accesses, 2 * 512 * KiB / 8);
  // 128 buffer pages, more than the 64-entry TLB holds: each pass misses on each page.
  EXPECT_GE(model.counters().tlb_misses[0], 2 * 128u);
}

}  // namespace
}  // namespace kzsim::x86
