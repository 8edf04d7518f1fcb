// zoneadm clone and archiveadm create/info, with zonecfg create -a and zoneadm install -a
// reading the archive back.
#include <gtest/gtest.h>

#include "tests/zones/zoneadm/zoneadm_fixture.hpp"

namespace kzsim::zones {
namespace {

using Clone = testing::ZoneadmTest;

TEST_F(Clone, ClonesAHaltedInstalledZoneAndLogsWithTheSimulatedTime) {
  add_zone("kzone1", ZoneState::Installed);
  add_zone("kzone2", ZoneState::Configured);
  const std::string stamp = world.clock().format("%Y%m%dT%H%M%SZ");
  const auto result = run("zoneadm -z kzone2 clone kzone1");
  EXPECT_EQ(result.exit, 0);
  const std::string log = "/var/log/zones/zoneadm." + stamp + ".kzone2.clone";
  EXPECT_TRUE(result.out.starts_with("Progress being logged to " + log + "\n Install Log: /system/volatile/install."))
      << result.out;
  EXPECT_TRUE(result.out.ends_with("Archive transfer completed\nInstallation: Succeeded\n"));
  EXPECT_EQ(host->files.read(log), result.out);
  EXPECT_EQ(host->zones["kzone2"].state, ZoneState::Installed);
  EXPECT_EQ(run("zoneadm -z kzone2 clone kzone1").exit, 1);
}

TEST_F(Clone, RefusesARunningOrMissingSource) {
  add_zone("kzone1", ZoneState::Installed);
  add_zone("kzone2", ZoneState::Configured);
  ASSERT_EQ(run("zoneadm -z kzone1 boot").exit, 0);
  EXPECT_EQ(run("zoneadm -z kzone2 clone kzone1").err,
            "zoneadm: zone 'kzone2': clone: source zone kzone1 is running; expected it installed and halted.\n");
  EXPECT_EQ(run("zoneadm -z kzone2 clone nosuch").err, "zoneadm: zone 'kzone2': clone: nosuch: No such zone configured\n");
  EXPECT_EQ(run("zoneadm -z kzone2 clone").exit, 2);
}

TEST_F(Clone, AnArchiveCarriesTheConfigurationToANewZone) {
  Zone& source = add_zone("kzone1", ZoneState::Installed, "8G");
  source.config.brand = "solaris-kz";
  source.guest_os = catalog::Version{{11, 2}};
  const auto created = run("archiveadm create -z kzone1 /var/tmp/kzone1.uar");
  EXPECT_EQ(created.exit, 0);
  EXPECT_TRUE(created.out.starts_with("Unified Archive initialized: /var/tmp/kzone1.uar.\nLogging to: /system/volatile/archive_log."));
  EXPECT_EQ(run("archiveadm info /var/tmp/kzone1.uar").out,
            "Archive Information\n"
            "          Creation Time:  " + world.clock().format("%Y-%m-%dT%H:%M:%SZ") + "\n"
            "            Source Host:  global\n"
            "           Architecture:  sparc\n"
            "       Operating System:  Oracle Solaris 11.2 SPARC\n"
            "  Dehydrated Publishers:  \n"
            "     Deployable Systems:  kzone1\n");
  ASSERT_EQ(run("zonecfg -z kzone2 create -a /var/tmp/kzone1.uar").exit, 0);
  EXPECT_EQ(host->zones["kzone2"].config.first("capped-memory")->get("physical"), "8G");
  EXPECT_EQ(run("zoneadm -z kzone2 install -a /var/tmp/kzone1.uar").exit, 0);
  EXPECT_EQ(host->zones["kzone2"].state, ZoneState::Installed);
}

TEST_F(Clone, ArchiveadmRefusesWhatItCannotUse) {
  add_zone("kzone1", ZoneState::Configured);
  EXPECT_EQ(run("archiveadm create -z kzone1 /var/tmp/a.uar").err,
            "archiveadm: zone kzone1 is configured; expected an installed or running zone\n");
  EXPECT_EQ(run("archiveadm info /var/tmp/none.uar").err,
            "archiveadm: /var/tmp/none.uar: No such file; expected a Unified Archive made by archiveadm create\n");
  host->files.write("/var/tmp/text", "hello\n");
  EXPECT_EQ(run("archiveadm info /var/tmp/text").exit, 1);
  EXPECT_EQ(run("archiveadm list").exit, 2);
}

}  // namespace
}  // namespace kzsim::zones
