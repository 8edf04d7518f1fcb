#include "machine/sparc/sparc_guest.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <array>

#include "core/error.hpp"
#include "core/exec/guest_kernel.hpp"
#include "core/timing/timing_model.hpp"
#include "tests/core/exec/guest_test_support.hpp"

namespace kzsim::sparc {
namespace {

using exec::StopReason;
using exec::testing::has_line;
using exec::testing::run_to_end;

catalog::CpuModel sparc_t5() {
  catalog::CpuModel model;
  model.id = "sparc-t5";
  model.arch = catalog::Arch::Sparc;
  return model;
}

const std::vector<std::string> generic_class = {"asi_blk_init", "vis2", "vis", "popc"};

std::unique_ptr<exec::Guest> booted(const exec::WorkloadRun& run) {
  auto guest = make_guest(sparc_t5(), generic_class, exec::kernel_ram_bytes(run));
  exec::start_kernel(*guest, kernel_image(), run);
  return guest;
}

TEST(SparcGuest, BootsPrintsItsFeaturesAndReturnsTheChecksum) {
  const exec::WorkloadRun run{exec::Workload::Checksum, 256 * KiB, 1};
  auto guest = booted(run);
  const auto [result, slices] = run_to_end(*guest, 100'000'000);
  ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
  EXPECT_EQ(guest->return_value(), exec::expected_checksum(256 * KiB));
  EXPECT_TRUE(has_line(guest->console(), "kzsim guest kernel: booting"));
  EXPECT_TRUE(has_line(guest->console(), fmt::format("cpu features: 0x{:016x}", feature_word(generic_class))));
  EXPECT_TRUE(has_line(guest->console(), fmt::format("result 0x{:016x}", exec::expected_checksum(256 * KiB))));
}

TEST(SparcGuest, FeatureWordHasOneBitPerName) {
  EXPECT_EQ(feature_word({"vis", "popc"}), 0b1010u);
  EXPECT_EQ(feature_word({"sparcv9"}), 1u);
}

TEST(SparcGuest, RunsEveryWorkloadIdenticallyInSlices) {
  for (const auto workload : {exec::Workload::Chase, exec::Workload::Scan, exec::Workload::RandomReads}) {
    const exec::WorkloadRun run{workload, 64 * KiB, 3000};
    auto whole = booted(run);
    auto sliced = booted(run);
    ASSERT_EQ(run_to_end(*whole, 100'000'000).first.reason, StopReason::Exited);
    const auto [result, slices] = run_to_end(*sliced, 997);
    ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
    EXPECT_GT(slices, 10);
    EXPECT_EQ(whole->return_value(), sliced->return_value());
  }
}

// Moving a guest between engines at many points (condition codes and %y included) changes
// nothing: every stop point of a sliced run is also a migration.
TEST(SparcGuest, SaveRestoreIntoAnotherGuestReachesTheSameResult) {
  const exec::WorkloadRun run{exec::Workload::RandomReads, 64 * KiB, 2000};
  auto reference = booted(run);
  ASSERT_EQ(run_to_end(*reference, 100'000'000).first.reason, StopReason::Exited);

  auto guest = booted(run);
  int moves = 0;
  for (exec::RunResult result = guest->run(1013); result.reason == StopReason::BudgetSpent;
       result = guest->run(1013)) {
    auto next = make_guest(sparc_t5(), generic_class, exec::kernel_ram_bytes(run));
    next->restore(guest->save());
    guest = std::move(next);
    ++moves;
  }
  ASSERT_TRUE(guest->exited());
  EXPECT_GT(moves, 20);
  EXPECT_EQ(guest->return_value(), reference->return_value());
  EXPECT_EQ(guest->instructions(), reference->instructions());
  EXPECT_EQ(guest->console(), reference->console());
}

TEST(SparcGuest, BuiltinModelsBootWithTheirTimingProfile) {
  const exec::WorkloadRun run{exec::Workload::Chase, 8 * MiB, 20000};
  for (const auto& model : catalog::Catalog::builtin().models()) {
    if (model.arch != catalog::Arch::Sparc || !model.kernel_zones) continue;
    auto guest = make_guest(model, model.isa, exec::kernel_ram_bytes(run));
    timing::TimingModel timing_model(model.timing, {8 * KiB});
    guest->attach_timing(&timing_model);
    exec::start_kernel(*guest, kernel_image(), run);
    const auto result = run_to_end(*guest, 100'000'000).first;
    ASSERT_EQ(result.reason, StopReason::Exited) << model.id << ": " << result.panic_message;
    EXPECT_TRUE(has_line(guest->console(), fmt::format("cpu features: 0x{:016x}", feature_word(model.isa))));
    EXPECT_EQ(timing_model.counters().instructions, guest->instructions());
    // 1024 pages of 8K are at least twice what any DTLB holds: random steps walk.
    EXPECT_GT(timing_model.counters().walks, 5000u) << model.id;
  }
}

TEST(SparcGuest, PanicsOnAWindowedSaveAndTheHostCarriesOn) {
  // save %sp, -176, %sp: register windows are not available to kernel zones here.
  constexpr std::array<std::uint8_t, 4> save = {0x9d, 0xe3, 0xbf, 0x50};
  auto guest = make_guest(sparc_t5(), generic_class, 2 * MiB);
  guest->load(exec::kernel_load_address, save);
  guest->call(exec::kernel_load_address, {}, exec::kernel_stack_top);
  const auto result = guest->run(1000);
  EXPECT_EQ(result.reason, StopReason::Panicked);
  EXPECT_NE(result.panic_message.find("spill"), std::string::npos) << result.panic_message;
}

TEST(SparcGuest, RefusesAnImageWithCbcond) {
  constexpr std::array<std::uint8_t, 4> cxbe = {0x12, 0xc2, 0x40, 0x42};  // cwbe %o1, %g2, .+8
  auto guest = make_guest(sparc_t5(), generic_class, 2 * MiB);
  EXPECT_THROW(guest->load(exec::kernel_load_address, cxbe), InputError);
}

}  // namespace
}  // namespace kzsim::sparc
