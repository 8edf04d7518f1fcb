// Guests of running zones advance with simulated time: workloads started with kz-workload in
// two zones both progress, round-robin, each by the instructions its vCPU executes in the time
// passed; idle time is free; the same steps give the same bytes; bad requests are refused.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/exec/guest_time.hpp"
#include "tests/zones/console/console_fixture.hpp"
#include "zones/console/zone_console.hpp"

namespace kzsim::zones::testing {
namespace {

using std::chrono::milliseconds;

class GuestSchedulerTest : public ConsoleTest {
 protected:
  void SetUp() override {
    use_model("sparc-t4", 12);
    add_zone("kz1");
    add_zone("kz2");
    ASSERT_EQ(run("zoneadm -z kz1 boot && zoneadm -z kz2 boot").exit, 0);
  }
  const exec::Guest& guest_of(const std::string& zone) { return *host->zones.at(zone).console->guest; }
  int clock_mhz() const { return host->model->topology.clock_mhz; }
};

TEST_F(GuestSchedulerTest, TwoZonesRunningWorkloadsBothProgressByTheirClock) {
  // A scan of 20 passes over 16M is about 130 million instructions: more than 10 ms at 2.85 GHz.
  ASSERT_EQ(run("zlogin kz1 kz-workload start scan 16M 20").exit, 0);
  ASSERT_EQ(run("zlogin kz2 kz-workload start scan 16M 20").exit, 0);
  const std::uint64_t before1 = guest_of("kz1").instructions(), before2 = guest_of("kz2").instructions();
  world.advance(milliseconds(10));
  const std::uint64_t owed = exec::instructions_in(milliseconds(10), clock_mhz());
  for (const auto& [zone, before] : {std::pair{"kz1", before1}, std::pair{"kz2", before2}}) {
    SCOPED_TRACE(zone);
    const exec::Guest& guest = guest_of(zone);
    EXPECT_FALSE(guest.exited());
    EXPECT_GE(guest.instructions() - before, owed);
    EXPECT_LT(guest.instructions() - before, owed + 1000) << "a slice overshoots by a block at most";
  }
  world.advance(std::chrono::seconds(1));
  EXPECT_TRUE(guest_of("kz1").exited());
  EXPECT_TRUE(guest_of("kz2").exited());
  EXPECT_EQ(guest_of("kz1").return_value(), guest_of("kz2").return_value());
  const auto status = run("zlogin kz1 kz-workload status");
  EXPECT_NE(status.out.find("kz-workload: idle, "), std::string::npos) << status.out;
  const auto log = run("cat /var/log/zones/kz1.kzsim-guest");
  EXPECT_NE(log.out.find(fmt::format("result 0x{:016x}\n", guest_of("kz1").return_value())), std::string::npos) << log.out;
}

TEST_F(GuestSchedulerTest, CommandsSeeGuestsAsTheyAreNowAndIdlingCostsNoInstructions) {
  // 1000 writes a millisecond apart: a second of simulated time, a few instructions each.
  ASSERT_EQ(run("zlogin kz1 kz-workload start dirty 64K 1000 1ms").exit, 0);
  world.clock().advance(milliseconds(500));  // as a command taking time does
  const auto half = run("zlogin kz1 kz-workload status");
  EXPECT_NE(half.out.find("kz-workload: running, "), std::string::npos) << half.out;
  EXPECT_LT(guest_of("kz1").instructions(), exec::instructions_in(milliseconds(1), clock_mhz()));
  world.advance(milliseconds(600));
  EXPECT_TRUE(guest_of("kz1").exited());
}

TEST_F(GuestSchedulerTest, AHaltedZonesGuestLeavesTheScheduleAndTheOthersGoOn) {
  ASSERT_EQ(run("zlogin kz1 kz-workload start scan 16M 20").exit, 0);
  ASSERT_EQ(run("zlogin kz2 kz-workload start scan 16M 20").exit, 0);
  const std::weak_ptr<ZoneConsole> console = host->zones.at("kz1").console;
  EXPECT_TRUE(world.guests().scheduled(*console.lock()));
  ASSERT_EQ(run("zoneadm -z kz1 halt").exit, 0);
  EXPECT_TRUE(console.expired());
  world.advance(std::chrono::seconds(1));
  EXPECT_TRUE(guest_of("kz2").exited());
}

TEST_F(GuestSchedulerTest, APausedGuestGetsNoTime) {
  ASSERT_EQ(run("zlogin kz1 kz-workload start scan 16M 20").exit, 0);
  const ZoneConsole& console = *host->zones.at("kz1").console;
  world.guests().pause(console, true);
  const std::uint64_t before = console.guest->instructions();
  world.advance(milliseconds(10));
  EXPECT_EQ(console.guest->instructions(), before);
  world.guests().pause(console, false);
  world.advance(milliseconds(1));
  EXPECT_GE(console.guest->instructions() - before, exec::instructions_in(milliseconds(1), clock_mhz()));
}

TEST_F(GuestSchedulerTest, AProbeWhileAWorkloadRunsLeavesTheWorkloadIntact) {
  ASSERT_EQ(run("zlogin kz1 kz-workload start scan 16M 20").exit, 0);
  ASSERT_EQ(run("zlogin kz2 kz-workload start scan 16M 20").exit, 0);
  world.advance(milliseconds(10));
  const auto probe = run("zlogin kz1 kz-probe popc");
  EXPECT_EQ(probe.out, "popc: executed\n") << probe.err;
  world.advance(std::chrono::seconds(1));
  ASSERT_TRUE(guest_of("kz1").exited());
  EXPECT_EQ(guest_of("kz1").return_value(), guest_of("kz2").return_value());
}

TEST_F(GuestSchedulerTest, RefusesWhatItCannotRun) {
  ASSERT_EQ(run("zlogin kz1 kz-workload start scan 16M 20").exit, 0);
  const auto busy = run("zlogin kz1 kz-workload start scan 16M 1");
  EXPECT_EQ(busy.exit, 1);
  EXPECT_EQ(busy.err, "kz-workload: a workload is running; expected it to end first (kz-workload status)\n");
  const auto big = run("zlogin kz2 kz-workload start scan 64M 1");
  EXPECT_EQ(big.exit, 2);
  EXPECT_EQ(big.err, "kz-workload: size 64M is out of range; expected 64K to 32M, a multiple of 8 bytes\n");
  const auto long_run = run("zlogin kz2 kz-workload start scan 32M 1000");
  EXPECT_EQ(long_run.exit, 2);
  EXPECT_NE(long_run.err.find("expected at most 4000 million"), std::string::npos) << long_run.err;
  EXPECT_EQ(run("zlogin kz2 kz-workload start sort 1M").err,
            "kz-workload: workload 'sort' is not known; expected kz-workload start checksum|chase|scan|random|dirty "
            "SIZE [ITERATIONS [PAUSE]], or kz-workload status\n");
  EXPECT_EQ(run("zlogin kz2 kz-workload start dirty 1M 10 soon").err,
            "kz-workload: pause 'soon' is not a duration; expected a time such as 100us\n");
  EXPECT_EQ(run("zlogin kz2 kz-workload").exit, 2);
}

}  // namespace
}  // namespace kzsim::zones::testing
