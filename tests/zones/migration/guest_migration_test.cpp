// Live migration of a real guest (x86 and SPARC): a guest kernel dirtying a page every so often
// in simulated time moves into another engine by pre-copy rounds driven by its write bitmap,
// keeps running between rounds, and ends with the checksum of a run that never moved; writing
// faster takes more rounds, and too fast never converges.
#include "zones/migration/guest_migration.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <optional>

#include "core/exec/guest_kernel.hpp"
#include "core/exec/guest_time.hpp"
#include "machine/sparc/sparc_guest.hpp"
#include "machine/x86/x86_guest.hpp"
#include "tests/core/exec/guest_test_support.hpp"

namespace kzsim::zones {
namespace {

using exec::StopReason;

using std::chrono::microseconds;
using std::chrono::milliseconds;

constexpr int kClockMhz = 1000;
constexpr PrecopyLink kLink{1e9 / 8, microseconds(100)};  // 1 Gbit/s
constexpr SimDuration kDowntimeLimit = milliseconds(5);
constexpr SimDuration kStartAfter = milliseconds(50);  // past the buffer's fill
constexpr std::uint64_t kSlice = 1'000'000;

struct Arch {
  std::string model;
  std::span<const std::uint8_t> (*image)();
  std::unique_ptr<exec::Guest> (*make)(const catalog::CpuModel&, std::vector<std::string>, Bytes);
};

const std::vector<Arch>& arches() {
  static const std::vector<Arch> list = {{"intel-haswell", x86::kernel_image, x86::make_guest},
                                         {"sparc-t7", sparc::kernel_image, sparc::make_guest}};
  return list;
}

// The dirtying workload writing a page every `pause`, for 5 s of simulated time: longer than
// any migration below (30 rounds of all its 16M take 4 s).
exec::WorkloadRun dirtying(SimDuration pause) {
  return {exec::Workload::Dirty, 16 * MiB, static_cast<std::uint64_t>(std::chrono::seconds(5) / pause),
          static_cast<std::uint64_t>(pause.count())};
}

std::unique_ptr<exec::Guest> make(const Arch& arch, const exec::WorkloadRun& run) {
  const catalog::CpuModel& model = *catalog::Catalog::builtin().find_model(arch.model);
  return arch.make(model, model.isa, exec::kernel_ram_bytes(run));
}

std::unique_ptr<exec::Guest> booted(const Arch& arch, const exec::WorkloadRun& run) {
  auto guest = make(arch, run);
  exec::start_kernel(*guest, arch.image(), run);
  return guest;
}

// Runs `guest` for `time` more of simulated time; false when it stopped for another reason than
// its time running out or its exit.
bool run_for(exec::Guest& guest, exec::GuestTime& clock, SimDuration time) {
  clock.grant(time);
  const StopReason reason = clock.run(guest, kSlice).reason;
  return reason == StopReason::BudgetSpent || reason == StopReason::Idle || reason == StopReason::Exited;
}

struct Migrated {
  std::unique_ptr<exec::Guest> guest;  // where the guest ended: the target, or the source
  int rounds = 0;
  bool converged = false;
};

// Migrates a guest after kStartAfter instructions, running it for each round's transfer time.
Migrated migrate(const Arch& arch, const exec::WorkloadRun& run) {
  Migrated migrated{booted(arch, run)};
  exec::GuestTime clock(kClockMhz);
  EXPECT_TRUE(run_for(*migrated.guest, clock, kStartAfter));
  GuestPrecopy memory(*migrated.guest, make(arch, run));
  Precopy copy(memory, kLink, kDowntimeLimit);
  while (!copy.converged() && copy.rounds() < kMaxPrecopyRounds) {
    EXPECT_TRUE(run_for(*migrated.guest, clock, copy.next_round().took));
  }
  migrated.rounds = copy.rounds();
  migrated.converged = copy.converged();
  if (migrated.converged) migrated.guest = memory.switch_over();
  return migrated;
}

std::uint64_t unmigrated_result(const Arch& arch, const exec::WorkloadRun& run) {
  auto guest = booted(arch, run);
  const auto [result, slices] = exec::testing::run_to_end(*guest, 100'000'000);
  EXPECT_EQ(result.reason, StopReason::Exited) << result.panic_message;
  return guest->return_value();
}

TEST(GuestMigration, TheMovedGuestEndsWithTheChecksumOfAnUnmovedOne) {
  const exec::WorkloadRun run = dirtying(microseconds(160));
  std::optional<std::uint64_t> first_result;
  for (const Arch& arch : arches()) {
    SCOPED_TRACE(arch.model);
    const std::uint64_t expected = unmigrated_result(arch, run);
    Migrated migrated = migrate(arch, run);
    ASSERT_TRUE(migrated.converged);
    EXPECT_GT(migrated.rounds, 1) << "the guest wrote nothing during the first round";
    EXPECT_FALSE(migrated.guest->exited()) << "the workload ended before the switch-over";
    const auto [result, slices] = exec::testing::run_to_end(*migrated.guest, 100'000'000);
    ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
    EXPECT_EQ(migrated.guest->return_value(), expected);
    EXPECT_TRUE(exec::testing::has_line(migrated.guest->console(), fmt::format("result 0x{:016x}", expected)));
    // The same integer C on both architectures computes the same checksum.
    if (first_result) {
      EXPECT_EQ(expected, *first_result);
    }
    first_result = expected;
  }
}

TEST(GuestMigration, RoundsGrowWithTheGuestsWriteRateAndTooFastDoesNotConverge) {
  for (const Arch& arch : arches()) {
    SCOPED_TRACE(arch.model);
    int previous = 0;
    // One page every 650, 160 and 90 us: 10%, 40% and 70% of what the link carries in 8K pages.
    for (const SimDuration pause : {microseconds(650), microseconds(160), microseconds(90)}) {
      SCOPED_TRACE(fmt::format("a page every {} ns", pause.count()));
      const Migrated migrated = migrate(arch, dirtying(pause));
      ASSERT_TRUE(migrated.converged) << migrated.rounds << " rounds";
      RecordProperty(fmt::format("{}_rounds_at_pause_{}ns", arch.model, pause.count()), migrated.rounds);
      EXPECT_GT(migrated.rounds, previous);
      previous = migrated.rounds;
    }
    const exec::WorkloadRun too_fast = dirtying(microseconds(15));
    Migrated failed = migrate(arch, too_fast);
    EXPECT_FALSE(failed.converged);
    EXPECT_EQ(failed.rounds, kMaxPrecopyRounds);
    // The guest goes on where it was, unharmed by the rounds.
    const auto [result, slices] = exec::testing::run_to_end(*failed.guest, 100'000'000);
    ASSERT_EQ(result.reason, StopReason::Exited) << result.panic_message;
    EXPECT_EQ(failed.guest->return_value(), unmigrated_result(arch, too_fast));
  }
}

}  // namespace
}  // namespace kzsim::zones
