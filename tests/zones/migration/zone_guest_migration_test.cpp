// zoneadm migrate of a zone whose guest runs a workload: the guest itself moves (pre-copy rounds
// of its pages while it runs on), continues on the target and ends with the result of a zone
// that never moved; a fault during pre-copy leaves it running on the source, unharmed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "tests/zones/migration/live_world.hpp"
#include "zones/console/zone_console.hpp"

namespace kzsim::zones {
namespace {

using testing::CaptureStreams;
using testing::LiveWorld;

// A page every 100 us for 20 s of simulated time: it outlasts the migration's 8 s before
// pre-copy starts.
constexpr std::string_view kWorkload = "zlogin kz kz-workload start dirty 16M 200000 100us";

const exec::Guest& guest_on(LiveWorld& live, std::string_view host) { return *live.zone_on(host)->console->guest; }

std::uint64_t unmigrated_result() {
  LiveWorld live("0");
  EXPECT_EQ(live.run(std::string(kWorkload)).exit, 0);
  live.world->advance(std::chrono::seconds(30));
  EXPECT_TRUE(guest_on(live, "global1").exited());
  return guest_on(live, "global1").return_value();
}

TEST(ZoneGuestMigration, TheGuestMovesAndEndsWithTheResultOfAnUnmovedOne) {
  LiveWorld live("0");
  ASSERT_EQ(live.run(std::string(kWorkload)).exit, 0);
  live.world->advance(std::chrono::seconds(1));
  CaptureStreams streams;
  ASSERT_EQ(live.migrate(streams), 0) << streams.err_text();
  // Over 10 Gbit/s one round converges; the stop-and-copy then sends what the guest wrote
  // during it, on top of the round's whole RAM.
  std::uint64_t round = 0, total = 0;
  ASSERT_EQ(std::sscanf(streams.out_text().c_str() + streams.out_text().find("Pre-copy round 1: sent "),
                        "Pre-copy round 1: sent %lu bytes", &round), 1) << streams.out_text();
  ASSERT_EQ(std::sscanf(streams.out_text().c_str() + streams.out_text().find("Migration report: 1 rounds, "),
                        "Migration report: 1 rounds, %lu bytes sent", &total), 1) << streams.out_text();
  EXPECT_EQ(round, make_zone_guest(*live.world->find_host("global2"), {})->memory().size());
  EXPECT_GT(total, round) << "the running guest dirtied nothing during the round";
  ASSERT_TRUE(live.running_on("global2"));
  EXPECT_FALSE(guest_on(live, "global2").exited()) << "the workload ended before the switch-over";
  live.world->advance(std::chrono::seconds(30));
  ASSERT_TRUE(guest_on(live, "global2").exited());
  EXPECT_EQ(guest_on(live, "global2").return_value(), unmigrated_result());
  // The guest kernel's lines, after the switch-over, go to its log on the target host.
  const std::string log = live.world->find_host("global2")
                              ->files.read(guest_kernel_log(live.zone_on("global2")->name))
                              .value_or("");
  EXPECT_NE(log.find(fmt::format("result 0x{:016x}\n", unmigrated_result())), std::string::npos) << log;
}

TEST(ZoneGuestMigration, AFaultDuringPrecopyLeavesTheGuestRunningOnTheSource) {
  LiveWorld live("0");
  ASSERT_EQ(live.run(std::string(kWorkload)).exit, 0);
  // Pre-copy starts 8 s after migrate_zone is called (connect, attach, boot in migrating-in).
  scenario::FaultStep link_down;
  link_down.kind = "link-down";
  link_down.between = std::pair<std::string, std::string>{"global1", "global2"};
  live.world->schedule_fault(live.world->clock().now() + std::chrono::milliseconds(8010), link_down);
  CaptureStreams streams;
  ASSERT_EQ(live.migrate(streams), 1);
  EXPECT_NE(streams.err_text().find("the zone keeps running on global1"), std::string::npos) << streams.err_text();
  ASSERT_TRUE(live.running_on("global1"));
  EXPECT_EQ(live.zone_on("global2"), nullptr);
  live.world->advance(std::chrono::seconds(30));
  ASSERT_TRUE(guest_on(live, "global1").exited());
  EXPECT_EQ(guest_on(live, "global1").return_value(), unmigrated_result());
}

}  // namespace
}  // namespace kzsim::zones
