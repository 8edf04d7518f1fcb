// sysadm evacuate with a stand-in migrator: which zones go where, the output levels, the status
// table, the exit status and the return.
#include "core/shell/streams.hpp"
#include "tests/zones/evacuation/evacuation_fixture.hpp"
#include "zones/evacuation/evacuation_status.hpp"

namespace kzsim::zones {
namespace {

using Evacuate = testing::EvacuationWorld;

TEST_F(Evacuate, RunningKernelZonesGoLiveAndSolarisZonesAreSkipped) {
  add_zone("kzone1", ZoneState::Running);
  add_zone("kzone2", ZoneState::Running);
  add_zone("my-ngz", ZoneState::Running, "solaris");
  add_zone("idle", ZoneState::Installed);
  target_all("ssh://global2");
  shell::RecordingStreams out;
  EXPECT_EQ(evacuate_with({.verbose = true}, out), 1);
  EXPECT_EQ(out.out(),
            "sysadm: preparing 3 zone(s) for evacuation ...\n"
            "sysadm: initializing migration of kzone1 to global2 ...\n"
            "sysadm: initializing migration of kzone2 to global2 ...\n"
            "sysadm: evacuating 2 zone(s) ...\n"
            "sysadm: migrating kzone1 to global2 ...\n"
            "sysadm: migrating kzone2 to global2 ...\n"
            "sysadm: evacuation failed.\n"
            "sysadm: kzone1: evacuated to ssh://global2\n"
            "sysadm: kzone2: evacuated to ssh://global2\n"
            "sysadm: my-ngz: evacuation skipped: cannot evacuate solaris-brand zones\n");
  EXPECT_EQ(migrations, (std::vector<std::string>{"kzone1 ssh://global2", "kzone2 ssh://global2"}));
  EXPECT_EQ(evacuation_table(read_evacuation(host())),
            "ZONENAME STATE      DEST          ERROR\n"
            "kzone1   EVACUATED  ssh://global2  -\n"
            "kzone2   EVACUATED  ssh://global2  -\n"
            "my-ngz   SKIPPED    -              cannot evacuate solaris-brand zones\n");
}

TEST_F(Evacuate, SucceedsOnlyWhenNoZoneIsLeftRunning) {
  add_zone("kzone1", ZoneState::Running);
  add_zone("idle", ZoneState::Installed);
  target_all("ssh://global2");
  shell::RecordingStreams out;
  EXPECT_EQ(evacuate_with({}, out), 0);
  EXPECT_EQ(out.out(),
            "sysadm: preparing zones for evacuation ... 1/1\n"
            "sysadm: evacuation completed successfully.\n"
            "sysadm: kzone1: evacuated to ssh://global2\n");
  EXPECT_TRUE(host().zones.contains("idle"));
}

TEST_F(Evacuate, AllAlsoColdMigratesInstalledZones) {
  add_zone("idle", ZoneState::Installed);
  target_all("ssh://global2");
  shell::RecordingStreams out;
  EXPECT_EQ(evacuate_with({.all = true, .quiet = true}, out), 0);
  EXPECT_EQ(out.out(), "");
  EXPECT_TRUE(host("global2").zones.contains("idle"));
}

TEST_F(Evacuate, AFailedZoneIsReportedOnStderrAndListed) {
  add_zone("kzone1", ZoneState::Running);
  refused = {"kzone1"};
  target_all("ssh://global2");
  shell::RecordingStreams out;
  EXPECT_EQ(evacuate_with({.quiet = true}, out), 1);
  EXPECT_EQ(out.err(), "sysadm: kzone1: evacuation failed: zone 'kzone1': target refused\n");
  EXPECT_EQ(read_evacuation(host()).front().state, EvacuationState::Failed);
}

TEST_F(Evacuate, DryRunMovesNothingAndRecordsNothing) {
  add_zone("kzone", ZoneState::Running);
  target_all("ssh://global2");
  shell::RecordingStreams out;
  EXPECT_EQ(evacuate_with({.dry_run = true}, out), 0);
  EXPECT_EQ(out.out(), "sysadm: preparing zones for evacuation ... 1/1\nsysadm: dry-run succeeded\n");
  EXPECT_EQ(migrations, std::vector<std::string>{"kzone ssh://global2 -n"});
  EXPECT_TRUE(read_evacuation(host()).empty());
}

TEST_F(Evacuate, AZoneWithoutARefreshedTargetFails) {
  add_zone("kzone", ZoneState::Running);
  run("sysadm maintain -s");
  run("svccfg -s system/zones/zone setprop evacuation/target=ssh://global2");
  shell::RecordingStreams out;
  EXPECT_EQ(evacuate_with({.quiet = true}, out), 1);
  EXPECT_TRUE(migrations.empty());
  EXPECT_NE(out.err().find("but not in effect"), std::string::npos) << out.err();
}

TEST_F(Evacuate, TheCommandNeedsMaintenanceMode) {
  add_zone("kzone", ZoneState::Running);
  const auto refused_run = run("sysadm evacuate -v");
  EXPECT_EQ(refused_run.exit, 1);
  EXPECT_EQ(refused_run.err,
            "sysadm: evacuate: the system is not in maintenance mode; expected 'sysadm maintain -s' first\n");
  EXPECT_EQ(run("sysadm evacuate -n -W").exit, 2);
  EXPECT_EQ(run("sysadm evacuate -l").out, "sysadm: no active evacuation\n");
}

TEST_F(Evacuate, ReturnBringsZonesBackLastOutFirstBackAndEndsTheEvacuation) {
  add_zone("kzone1", ZoneState::Running);
  add_zone("kzone2", ZoneState::Running);
  add_zone("my-ngz", ZoneState::Running, "solaris");
  target_all("ssh://global2");
  shell::RecordingStreams ignored;
  evacuate_with({}, ignored);
  migrations.clear();
  shell::RecordingStreams out;
  EXPECT_EQ(return_with({.verbose = true}, out), 0);
  EXPECT_EQ(out.out(),
            "sysadm: preparing 2 zone(s) for return...\n"
            "sysadm: initializing return of kzone1\n"
            "sysadm: initializing return of kzone2\n"
            "sysadm: returning 2 zone(s) ...\n"
            "sysadm: migrating kzone2\n"
            "sysadm: migrating kzone1\n"
            "sysadm: return completed successfully.\n"
            "sysadm: kzone1: returned\n"
            "sysadm: kzone2: returned\n");
  EXPECT_EQ(migrations, (std::vector<std::string>{"kzone2 ssh://global", "kzone1 ssh://global"}));
  EXPECT_TRUE(read_evacuation(host()).empty());
}

TEST_F(Evacuate, AZoneThatFailsToReturnKeepsTheEvacuationActive) {
  add_zone("kzone1", ZoneState::Running);
  target_all("ssh://global2");
  shell::RecordingStreams ignored;
  evacuate_with({}, ignored);
  refused = {"kzone1"};
  shell::RecordingStreams out;
  EXPECT_EQ(return_with({}, out), 1);
  EXPECT_EQ(out.err(), "sysadm: kzone1: return failed: zone 'kzone1': target refused\n");
  EXPECT_EQ(read_evacuation(host()).size(), 1U);
}

TEST_F(Evacuate, SeveralTargetsAreSharedByThePlanner) {
  add_zone("big", ZoneState::Running, "solaris-kz", "40G");
  add_zone("small", ZoneState::Running, "solaris-kz", "30G");
  target_all("ssh://global2 ssh://global3");
  shell::RecordingStreams out;
  EXPECT_EQ(evacuate_with({}, out), 0);
  EXPECT_EQ(migrations, (std::vector<std::string>{"big ssh://global2", "small ssh://global3"}));
}

}  // namespace
}  // namespace kzsim::zones
