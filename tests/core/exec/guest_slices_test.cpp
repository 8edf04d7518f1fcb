// exec::Guest's block hook (core/exec/guest.cpp) counts every executed instruction, in slices of
// any size, on both architectures: checked against Unicorn's own per-instruction hook.
#include <gtest/gtest.h>

#include "tests/core/exec/guest_test_support.hpp"
#include "tests/core/exec/model_guest.hpp"

namespace kzsim::exec {
namespace {

const WorkloadRun checksum{Workload::Checksum, 16 * KiB, 1};

std::unique_ptr<Guest> booted(const std::string& model_id) { return testing::boot_on_model(model_id, checksum); }

// Instructions of a whole run, counted by Unicorn's per-instruction hook. (Only on a run that
// no budget ends: Unicorn 2.0.1 does not resume a guest stopped from the block hook correctly
// while any code hook exists, so sliced runs go without.)
std::uint64_t executed_in_one_run(const std::string& model_id) {
  auto guest = booted(model_id);
  std::uint64_t executed = 0;
  uc_hook hook;
  EXPECT_EQ(uc_hook_add(guest->engine(), &hook, UC_HOOK_CODE,
                        reinterpret_cast<void*>(+[](uc_engine*, std::uint64_t, std::uint32_t, void* count) {
                          ++*static_cast<std::uint64_t*>(count);
                        }),
                        &executed, 1, 0),
            UC_ERR_OK);
  EXPECT_EQ(guest->run(100'000'000).reason, StopReason::Exited);
  EXPECT_EQ(guest->instructions(), executed);
  return executed;
}

TEST(GuestSlices, CountEveryExecutedInstruction) {
  for (const char* model : {"intel-skylake", "sparc-t5"}) {
    const std::uint64_t executed = executed_in_one_run(model);
    for (const std::uint64_t slice : {1, 7, 997}) {
      SCOPED_TRACE(std::string(model) + " in slices of " + std::to_string(slice));
      auto guest = booted(model);
      const auto [result, slices] = testing::run_to_end(*guest, slice);
      ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
      EXPECT_EQ(guest->return_value(), expected_checksum(checksum.buffer_bytes));
      EXPECT_EQ(guest->instructions(), executed);
      EXPECT_GE(static_cast<std::uint64_t>(slices), executed / (slice + 64));
    }
  }
}

TEST(GuestSlices, ABudgetOfEverythingAfterASliceRunsToTheEnd) {
  for (const char* model : {"intel-skylake", "sparc-t5"}) {
    SCOPED_TRACE(model);
    auto guest = booted(model);
    ASSERT_EQ(guest->run(1000).reason, StopReason::BudgetSpent);
    EXPECT_EQ(guest->run(~std::uint64_t{0}).reason, StopReason::Exited);  // not a wrapped-around end
  }
}

}  // namespace
}  // namespace kzsim::exec
