// sysadm maintain: start, list, end, rights, persistence and the audit record.
#include "tests/zones/evacuation/evacuation_fixture.hpp"
#include "zones/evacuation/maintenance.hpp"

namespace kzsim::zones {
namespace {

using Maintain = testing::EvacuationWorld;

TEST_F(Maintain, StartListsTheGuidesTableWithTheSimulatedDate) {
  ASSERT_EQ(run("sysadm maintain -s -m 'Updating system to new release'").exit, 0);
  EXPECT_TRUE(in_maintenance(host()));
  EXPECT_EQ(run("sysadm maintain -l").out,
            "TYPE   USER     DATE               MESSAGE\n"
            "admin  root     2024-02-01 09:00   Updating system to new release\n");
}

TEST_F(Maintain, StartAndEndAreAudited) {
  run("sysadm maintain -s -m why");
  run("sysadm maintain -e");
  EXPECT_FALSE(in_maintenance(host()));
  EXPECT_EQ(host().files.read(kSysadmAuditPath).value_or(""),
            "2024-02-01 09:00\troot\tmaintain start\twhy\n2024-02-01 09:00\troot\tmaintain end\t\n");
}

TEST_F(Maintain, NeedsTheMaintenanceAndRepairProfileThroughPfexec) {
  host().accounts.add("jdoe");
  const auto refused = run("sysadm maintain -s", "jdoe");
  EXPECT_EQ(refused.exit, 1);
  EXPECT_EQ(refused.err, "sysadm: maintain: permission denied for jdoe; expected the Maintenance and Repair rights "
                         "profile (through pfexec or pfbash)\n");
  host().accounts.add("jdoe").profiles.push_back("Maintenance and Repair");
  EXPECT_EQ(run("sysadm maintain -s", "jdoe").exit, 1);
  EXPECT_EQ(run("pfexec sysadm maintain -s", "jdoe").exit, 0);
  EXPECT_EQ(current_maintenance(host())->user, "jdoe");
}

TEST_F(Maintain, RefusalsNameWhatWasExpected) {
  EXPECT_EQ(run("sysadm maintain -e").err,
            "sysadm: maintain: maintenance mode is not on; expected 'sysadm maintain -s' before -e\n");
  run("sysadm maintain -s");
  EXPECT_EQ(run("sysadm maintain -s").err,
            "sysadm: maintain: maintenance mode is already on (since 2024-02-01 09:00 by root); expected "
            "'sysadm maintain -e' before starting it again\n");
  EXPECT_EQ(run("sysadm maintain -s -e").exit, 2);
  EXPECT_EQ(run("sysadm maintain -l -m x").exit, 2);
  EXPECT_EQ(run("sysadm repair").exit, 2);
  EXPECT_EQ(run("sysadm maintain -x").exit, 2);
}

TEST_F(Maintain, ListWithoutMaintenanceSaysSo) {
  EXPECT_EQ(run("sysadm maintain -l").out, "sysadm: system is not in maintenance mode\n");
}

using MaintenanceBlocks = testing::EvacuationWorld;

TEST_F(MaintenanceBlocks, BootAndAttach) {
  add_zone("kz1", ZoneState::Installed);
  add_zone("kz2", ZoneState::Configured);
  run("sysadm maintain -s");
  const auto boot = run("zoneadm -z kz1 boot");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_EQ(boot.err, "zoneadm: zone 'kz1': cannot boot: host global is in maintenance mode (sysadm maintain -l); "
                      "end it with 'sysadm maintain -e' first\n");
  EXPECT_NE(run("zoneadm -z kz2 attach").err.find("cannot attach: host global is in maintenance mode"),
            std::string::npos);
  run("sysadm maintain -e");
  EXPECT_EQ(run("zoneadm -z kz1 boot").exit, 0);
}

TEST_F(MaintenanceBlocks, IncomingMigration) {
  Zone& zone = add_zone("kz1", ZoneState::Installed);
  zone.config.brand = "solaris-kz";
  world.add_link(Link{{"global", "global2"}});
  world.trust("global", "global2");
  run("sysadm maintain -s", "root", "global2");
  const auto migrate = run("zoneadm -z kz1 migrate -n ssh://global2");
  EXPECT_EQ(migrate.exit, 1);
  EXPECT_NE(migrate.err.find("cannot migrate in: host global2 is in maintenance mode"), std::string::npos)
      << migrate.err;
}

}  // namespace
}  // namespace kzsim::zones
