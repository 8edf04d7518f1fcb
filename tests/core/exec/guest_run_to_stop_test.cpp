// Guest::run_to_stop: the guest kernel runs without a hook on its verified code, to the same
// result as a counted run; the zone's class still holds for code loaded or written at run time,
// and a guest that never stops is stopped.
#include <gtest/gtest.h>

#include <array>
#include <chrono>

#include "tests/core/exec/guest_test_support.hpp"
#include "tests/core/exec/model_guest.hpp"

namespace kzsim::exec {
namespace {

using namespace std::chrono_literals;

const WorkloadRun checksum{Workload::Checksum, 16 * KiB, 1};

TEST(GuestRunToStop, ReachesTheCountedRunsResultCountingNothing) {
  for (const char* model : {"intel-skylake", "sparc-t5"}) {
    SCOPED_TRACE(model);
    auto counted = testing::boot_on_model(model, checksum);
    ASSERT_EQ(testing::run_to_end(*counted, 1'000'000).first.reason, StopReason::Exited);
    auto guest = testing::boot_on_model(model, checksum);
    const RunResult result = guest->run_to_stop(10s);
    ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
    EXPECT_EQ(guest->return_value(), expected_checksum(checksum.buffer_bytes));
    EXPECT_EQ(guest->console(), counted->console());
    EXPECT_EQ(guest->instructions(), 0u);
  }
}

TEST(GuestRunToStop, StopsWhenTheGuestIdlesAndContinues) {
  const WorkloadRun dirty{Workload::Dirty, 64 * KiB, 5, 1000};
  for (const char* model : {"intel-skylake", "sparc-t5"}) {
    SCOPED_TRACE(model);
    auto counted = testing::boot_on_model(model, dirty);
    ASSERT_EQ(testing::run_to_end(*counted, 1'000'000).first.reason, StopReason::Exited);
    auto guest = testing::boot_on_model(model, dirty);
    int idles = 0;
    RunResult result = guest->run_to_stop(10s);
    for (; result.reason == StopReason::Idle; result = guest->run_to_stop(10s)) ++idles;
    ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
    EXPECT_EQ(idles, 5);
    EXPECT_EQ(guest->return_value(), counted->return_value());
  }
}

// Counted runs after one that counted nothing count every instruction again (the blocks
// translated without hooks are dropped).
TEST(GuestRunToStop, ACountedRunAfterwardsCountsEveryInstruction) {
  const WorkloadRun scan{Workload::Scan, 16 * KiB, 3};
  for (const char* model : {"intel-skylake", "sparc-t5"}) {
    SCOPED_TRACE(model);
    auto reference = testing::boot_on_model(model, checksum);
    ASSERT_EQ(testing::run_to_end(*reference, 1'000'000).first.reason, StopReason::Exited);
    const std::uint64_t booted = reference->instructions();
    start_workload(*reference, scan);
    ASSERT_EQ(testing::run_to_end(*reference, 1'000'000).first.reason, StopReason::Exited);

    auto guest = testing::boot_on_model(model, checksum);
    ASSERT_EQ(guest->run_to_stop(10s).reason, StopReason::Exited);
    start_workload(*guest, scan);
    ASSERT_EQ(testing::run_to_end(*guest, 997).first.reason, StopReason::Exited);
    EXPECT_EQ(guest->instructions(), reference->instructions() - booted);
    EXPECT_EQ(guest->return_value(), reference->return_value());
  }
}

std::unique_ptr<Guest> x86_guest_with(std::span<const std::uint8_t> code, const std::vector<std::string>& features) {
  const auto& model = catalog::Catalog::builtin().require_model("intel-haswell");
  auto guest = x86::make_guest(model, features, 2 * MiB);
  guest->load(kernel_load_address, code);
  guest->call(kernel_load_address, {}, kernel_stack_top);
  return guest;
}

TEST(GuestRunToStop, PanicsOnALoadedInstructionOutsideTheClass) {
  constexpr std::array<std::uint8_t, 6> aesenc_then_return = {0x66, 0x0F, 0x38, 0xDC, 0xC1, 0xC3};
  const RunResult result = x86_guest_with(aesenc_then_return, {"sse4.2"})->run_to_stop(10s);
  EXPECT_EQ(result.reason, StopReason::Panicked);
  EXPECT_NE(result.panic_message.find("needs aes"), std::string::npos) << result.panic_message;
  EXPECT_EQ(x86_guest_with(aesenc_then_return, {"aes"})->run_to_stop(10s).reason, StopReason::Exited);
}

// Verified code rewritten by the guest itself, from a block of the same page: the store lands
// and the new instruction is checked.
std::array<std::uint8_t, 0x48> writes_aesenc_then_calls_it() {
  std::array<std::uint8_t, 0x48> code{};
  code.fill(0x90);
  constexpr std::array<std::uint8_t, 24> body = {
      0x48, 0xB8, 0x66, 0x0F, 0x38, 0xDC, 0xC1, 0xC3, 0x90, 0x90,  // mov rax, <aesenc xmm0,xmm1; ret; nop; nop>
      0x48, 0x89, 0x04, 0x25, 0x40, 0x00, 0x10, 0x00,              // mov [0x100040], rax
      0xE8, 0x29, 0x00, 0x00, 0x00,                                // call 0x100040
      0xC3};                                                       // ret
  std::copy(body.begin(), body.end(), code.begin());
  code[0x40] = 0xC3;  // ret, until the guest writes over it
  return code;
}

TEST(GuestRunToStop, ChecksCodeTheGuestWritesIntoVerifiedCode) {
  const auto code = writes_aesenc_then_calls_it();
  const RunResult without_aes = x86_guest_with(code, {"sse4.2"})->run_to_stop(10s);
  EXPECT_EQ(without_aes.reason, StopReason::Panicked);
  EXPECT_NE(without_aes.panic_message.find("needs aes"), std::string::npos) << without_aes.panic_message;
  auto with_aes = x86_guest_with(code, {"aes"});
  EXPECT_EQ(with_aes->run_to_stop(10s).reason, StopReason::Exited);
  EXPECT_EQ(with_aes->memory()[kernel_load_address + 0x40], 0x66);
}

// The same on big-endian SPARC: st %o1,[%o0]; jmp %o0; nop writes `mov 42, %o0` over a nop
// ahead of retl, then runs it.
TEST(GuestRunToStop, AStoreIntoVerifiedSparcCodeLandsInGuestByteOrder) {
  constexpr std::array<std::uint32_t, 7> words = {0xD2220000, 0x81C22000, 0x01000000, 0x01000000,
                                                  0x01000000, 0x81C3E008, 0x01000000};
  std::array<std::uint8_t, words.size() * 4> code{};
  for (std::size_t i = 0; i < words.size(); ++i)
    for (std::size_t b = 0; b < 4; ++b) code[i * 4 + b] = static_cast<std::uint8_t>(words[i] >> (24 - 8 * b));
  const auto& model = catalog::Catalog::builtin().require_model("sparc-t5");
  auto guest = sparc::make_guest(model, model.isa, 2 * MiB);
  guest->load(kernel_load_address, code);
  const std::array<std::uint64_t, 2> args = {kernel_load_address + 16, 0x9010202A};
  guest->call(kernel_load_address, args, kernel_stack_top);
  const RunResult result = guest->run_to_stop(10s);
  ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
  EXPECT_EQ(guest->return_value(), 42u);
}

TEST(GuestRunToStop, AGuestThatNeverStopsPanicsAfterTheWatchdog) {
  constexpr std::array<std::uint8_t, 2> jump_to_itself = {0xEB, 0xFE};
  const RunResult result = x86_guest_with(jump_to_itself, {})->run_to_stop(50ms);
  EXPECT_EQ(result.reason, StopReason::Panicked);
  EXPECT_EQ(result.panic_message, "still running after 50 ms");
}

TEST(GuestRunToStop, StopsAtAStopPointAndContinuesPastIt) {
  constexpr std::array<std::uint8_t, 3> nop_nop_return = {0x90, 0x90, 0xC3};
  auto guest = x86_guest_with(nop_nop_return, {});
  guest->add_stop_point(kernel_load_address + 1);
  const RunResult stopped = guest->run_to_stop(10s);
  EXPECT_EQ(stopped.reason, StopReason::StopPoint);
  EXPECT_EQ(stopped.pc, kernel_load_address + 1);
  EXPECT_EQ(guest->run_to_stop(10s).reason, StopReason::Exited);
}

}  // namespace
}  // namespace kzsim::exec
