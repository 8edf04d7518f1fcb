// Faults scheduled at points of a live migration (each pre-copy round's start and middle, just
// before and just after the switch-over) for link-down, target host-crash and storage-offline:
// the zone runs on exactly one host, a failure says why, and the source keeps the configuration.
#include <vector>

#include <gtest/gtest.h>

#include "tests/zones/migration/live_world.hpp"
#include "zones/migration/precopy.hpp"

namespace kzsim::zones {
namespace {

using testing::CaptureStreams;
using testing::LiveWorld;

constexpr std::string_view kDirtyRate = "512M";
constexpr Bytes kZoneMemory = 4 * GiB;
constexpr double kLinkBytesPerSecond = 10e9 / 8;  // the world builder's default link
constexpr SimDuration kLinkLatency = std::chrono::microseconds(100);

struct FaultPoint {
  std::string name;
  SimDuration after_start{0};  // from the moment migrate_zone is called
  bool before_switch_over = true;
};

// Where the pre-copy rounds fall: a dry run says when pre-copy would start (it stops after the
// compatibility check), the Precopy model with the world's link says how long each round takes.
std::vector<FaultPoint> fault_points() {
  LiveWorld probe(kDirtyRate);
  const SimDuration before = probe.world->clock().now();
  CaptureStreams streams;
  EXPECT_EQ(probe.migrate(streams, true), 0) << streams.err_text();
  SimDuration at = probe.world->clock().now() - before;

  std::vector<FaultPoint> points;
  Precopy copy(kZoneMemory, 512.0 * MiB, {kLinkBytesPerSecond, kLinkLatency});
  while (!copy.converged()) {
    const PrecopyRound round = copy.next_round();
    points.push_back({fmt::format("round {} start", copy.rounds()), at});
    points.push_back({fmt::format("round {} middle", copy.rounds()), at + round.took / 2});
    at += round.took;
  }
  const SimDuration one_ms = std::chrono::milliseconds(1);
  points.push_back({"before switch-over", at + copy.downtime() - one_ms});
  points.push_back({"after switch-over", at + copy.downtime() + one_ms, false});
  return points;
}

scenario::FaultStep fault_of(std::string_view kind) {
  scenario::FaultStep fault;
  fault.kind = std::string(kind);
  if (kind == "link-down") fault.between = std::pair<std::string, std::string>{"global1", "global2"};
  if (kind.starts_with("host-")) fault.host = "global2";
  if (kind == "storage-offline") fault.uri = std::string(testing::kZoneStorage);
  return fault;
}

TEST(LiveMigrationFaults, ZoneRunsExactlyOnceAndNothingIsLost) {
  const std::vector<FaultPoint> points = fault_points();
  ASSERT_GE(points.size() * 3, 20U) << "expected at least 20 fault points; the pre-copy ran too few rounds";
  for (const std::string_view kind : {"link-down", "host-crash", "storage-offline"}) {
    for (const FaultPoint& point : points) {
      SCOPED_TRACE(fmt::format("{} at {}", kind, point.name));
      LiveWorld live(kDirtyRate);
      live.world->schedule_fault(live.world->clock().now() + point.after_start, fault_of(kind));
      CaptureStreams streams;
      const int status = live.migrate(streams);

      // A target that crashed after the switch-over holds the zone, not running: it runs nowhere.
      const bool target_crashed = kind == "host-crash" && !point.before_switch_over;
      if (target_crashed)
        EXPECT_FALSE(live.running_on("global1") || live.running_on("global2")) << "a crashed host runs no zone";
      else
        EXPECT_NE(live.running_on("global1"), live.running_on("global2")) << "the zone must run on exactly one host";
      ASSERT_NE(live.zone_on("global1"), nullptr) << "the source lost the zone's configuration";
      EXPECT_EQ(live.zone_on("global1")->config.first("device")->get("storage"), std::string(testing::kZoneStorage));
      if (point.before_switch_over) {
        EXPECT_EQ(status, 1);
        EXPECT_TRUE(live.running_on("global1"));
        EXPECT_NE(streams.err_text().find("zoneadm: zone 'kz': migration failed: "), std::string::npos)
            << streams.err_text();
        EXPECT_NE(streams.err_text().find("on global1"), std::string::npos) << streams.err_text();
        EXPECT_EQ(live.zone_on("global2"), nullptr) << "a failed migration left a zone on the target";
      } else {
        EXPECT_EQ(status, 0) << streams.err_text();
        ASSERT_NE(live.zone_on("global2"), nullptr);
        EXPECT_EQ(live.zone_on("global2")->state, target_crashed ? ZoneState::Installed : ZoneState::Running);
        EXPECT_EQ(live.zone_on("global1")->state, ZoneState::Configured);
      }
    }
  }
}

// After the target that crashed past the switch-over boots again, the zone comes back there
// when its autoboot is true (svc:/system/zones:default), and only there; otherwise it stays
// installed there until someone boots it.
TEST(LiveMigrationFaults, TargetCrashedAfterSwitchOverBootsTheZoneOnlyPerAutoboot) {
  for (const bool autoboot : {true, false}) {
    SCOPED_TRACE(fmt::format("autoboot={}", autoboot));
    LiveWorld live(kDirtyRate);
    // Set before boot: the migration imports the running zone's configuration.
    ASSERT_EQ(live.run(fmt::format("zoneadm -z kz halt && zonecfg -z kz 'set autoboot={}; commit' && zoneadm -z kz boot",
                                   autoboot))
                  .exit,
              0);
    CaptureStreams streams;
    ASSERT_EQ(live.migrate(streams), 0) << streams.err_text();
    live.world->fault(fault_of("host-crash"));
    EXPECT_FALSE(live.running_on("global1") || live.running_on("global2"));
    live.world->fault(fault_of("host-boot"));
    EXPECT_EQ(live.running_on("global2"), autoboot);
    EXPECT_FALSE(live.running_on("global1"));
    EXPECT_EQ(live.zone_on("global1")->state, ZoneState::Configured);
  }
}

}  // namespace
}  // namespace kzsim::zones
