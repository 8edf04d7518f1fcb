// Two hosts never run one zone from one boot storage: the host data on the storage names the
// host that holds the zone, and only attach -x force-takeover (with the guide's caution) takes it
// over. Every case runs with the world saved and loaded again between any two commands.
#include <gtest/gtest.h>

#include "tests/zones/persistence/persistence_world.hpp"
#include "zones/persistence/world_store.hpp"

namespace kzsim::zones::persistence {
namespace {

class SplitBrain : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const std::string& command : {testing::configure_kz(), std::string("zoneadm -z kz install")})
    {
      const auto done = run(command);
      ASSERT_EQ(done.exit, 0) << command << "\n" << done.err;
    }
    ASSERT_EQ(run("zonecfg -z kz export -f /var/tmp/kz.cfg; cat /var/tmp/kz.cfg | ssh global2 zonecfg -z kz -f -").exit, 0);
  }

  // Runs a command on the world as a new kzsim exec would find it: saved and loaded again.
  scenario::Transcript run(const std::string& command, const std::string& host = "global1") {
    store.save(*world);
    world = store.load();
    return testing::run_on(*world, command, host);
  }

  const Zone* kz(std::string_view host) { return world->find_host(host)->find_zone("kz"); }
  int running_hosts() {
    int running = 0;
    for (std::string_view host : {"global1", "global2"}) running += kz(host) && kz(host)->state == ZoneState::Running;
    return running;
  }

  testing::ScratchDirectory directory;
  WorldStore store{directory.path()};
  std::unique_ptr<World> world = testing::two_host_world();
};

const std::string kCaution =
    "zone 'kz': warning: Forcing a takeover or reinitialization of the host data makes it impossible\n"
    "zone 'kz': warning: to detect if the zone is in use on any other system. Running multiple\n"
    "zone 'kz': warning: instances of a zone that reference the same storage leads to unrepairable\n"
    "zone 'kz': warning: corruption of the zone's file systems.\n";

TEST_F(SplitBrain, SecondHostCannotAttachOrBootAZoneTheFirstHolds) {
  for (std::string_view first_state : {"installed", "running"}) {
    if (first_state == "running") {
      ASSERT_EQ(run("zoneadm -z kz boot").exit, 0);
    }
    const auto attach = run("zoneadm -z kz attach", "global2");
    EXPECT_EQ(attach.exit, 1);
    EXPECT_NE(attach.err.find("zone 'kz': error: ERROR: zone kz is in use by host with hostid"), std::string::npos);
    EXPECT_NE(attach.err.find(fmt::format("last known state: {}", first_state)), std::string::npos) << attach.err;
    EXPECT_NE(attach.err.find("zoneadm -z kz attach -x force-takeover"), std::string::npos);
    EXPECT_EQ(run("zoneadm -z kz boot", "global2").exit, 1);  // still only configured there
    EXPECT_EQ(kz("global2")->state, ZoneState::Configured);
    EXPECT_LE(running_hosts(), 1);
  }
}

TEST_F(SplitBrain, ForceTakeoverIsTheOnlyWayPastAndWarns) {
  ASSERT_EQ(run("zoneadm -z kz boot").exit, 0);
  const auto takeover = run("zoneadm -z kz attach -x force-takeover", "global2");
  EXPECT_EQ(takeover.exit, 0);
  EXPECT_EQ(takeover.err, kCaution);
  ASSERT_EQ(run("zoneadm -z kz halt").exit, 0);
  ASSERT_EQ(run("zoneadm -z kz boot", "global2").exit, 0);
  // The first host has lost the zone: it can neither boot nor attach it without a takeover.
  const auto boot = run("zoneadm -z kz boot");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_NE(boot.err.find("hostname: global2"), std::string::npos) << boot.err;
  EXPECT_EQ(kz("global1")->state, ZoneState::Unavailable);
  EXPECT_EQ(running_hosts(), 1);
  EXPECT_EQ(run("zoneadm -z kz detach; zoneadm -z kz attach").exit, 1);
  EXPECT_EQ(running_hosts(), 1);
}

TEST_F(SplitBrain, AttachAfterAPoliteDetachNeedsNoTakeoverAndGivesNoCaution) {
  ASSERT_EQ(run("zoneadm -z kz detach").exit, 0);
  const auto attach = run("zoneadm -z kz attach", "global2");
  EXPECT_EQ(attach.exit, 0);
  EXPECT_EQ(attach.err, "");
  // Taking over a zone nobody holds is no takeover: no caution.
  ASSERT_EQ(run("zoneadm -z kz detach", "global2").exit, 0);
  EXPECT_EQ(run("zoneadm -z kz attach -x force-takeover").err, "");
}

TEST_F(SplitBrain, TakeoverDoesNotPassAWrongKey) {
  ASSERT_EQ(run("zonecfg -z kz 'add keysource; set raw=\"{base64}9/7hHuucihhP6YTwCcjaqg==\"; end; commit'", "global2").exit, 0);
  const auto takeover = run("zoneadm -z kz attach -x force-takeover", "global2");
  EXPECT_EQ(takeover.exit, 1);
  EXPECT_NE(takeover.err.find("Encryption key is incorrect"), std::string::npos);
  EXPECT_EQ(kz("global2")->state, ZoneState::Configured);
}

TEST_F(SplitBrain, UnreachableBootStorageIsNeverBooted) {
  ASSERT_EQ(run("zoneadm -z kz detach").exit, 0);
  world->find_storage(testing::kBootStorage)->reachable_from = {"global1"};
  const auto attach = run("zoneadm -z kz attach", "global2");
  EXPECT_EQ(attach.exit, 1);
  EXPECT_EQ(kz("global2")->state, ZoneState::Configured);
  ASSERT_EQ(run("zoneadm -z kz attach").exit, 0);
  world->find_storage(testing::kBootStorage)->online = false;
  const auto boot = run("zoneadm -z kz boot");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_EQ(boot.err, fmt::format("zoneadm: zone 'kz': boot storage {} is not reachable from global1.\n", testing::kBootStorage));
  EXPECT_EQ(running_hosts(), 0);
}

}  // namespace
}  // namespace kzsim::zones::persistence
