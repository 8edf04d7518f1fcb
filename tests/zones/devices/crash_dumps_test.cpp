// dumpadm inside a kernel zone and coreadm's kernel zone core settings in the global zone.
#include <gtest/gtest.h>

#include "tests/zones/network/network_fixture.hpp"

namespace kzsim::zones {
namespace {

class CrashDumps : public testing::NetworkTest {};

TEST_F(CrashDumps, DumpadmShowsTheZonesOwnDumpDeviceAndKeepsItsSettings) {
  add_zone("kz1", {});
  EXPECT_EQ(run("zlogin kz1 dumpadm").out,
            "Dump content      : kernel with ZFS metadata\n"
            "Dump device       : /dev/zvol/dsk/rpool/dump (dedicated)\n"
            "Savecore directory: /var/crash\n"
            "Savecore enabled  : yes\n"
            "Save compressed   : on\n");
  EXPECT_EQ(run("zlogin kz1 dumpadm -n -s /var/crash/kz1").exit, 0);
  const auto shown = run("zlogin kz1 dumpadm").out;
  EXPECT_NE(shown.find("Savecore directory: /var/crash/kz1\nSavecore enabled  : no\n"), std::string::npos) << shown;
  add_zone("kz2", {});
  EXPECT_NE(run("zlogin kz2 dumpadm").out.find("Savecore directory: /var/crash\n"), std::string::npos);
  EXPECT_EQ(run("zlogin kz1 dumpadm -s crash").err, "dumpadm: -s crash: expected an absolute path\n");
}

TEST_F(CrashDumps, CoreadmListsKernelZoneSettingsAndEnablesThem) {
  const std::string defaults =
      "     global core file pattern: \n"
      "kernel zone core file pattern: \n"
      "       init core file pattern: core\n"
      "     global core file content: default\n"
      "       init core file content: default\n"
      "            global core dumps: disabled\n"
      "       kernel zone core dumps: disabled\n"
      "       per-process core dumps: enabled\n"
      "      global setid core dumps: disabled\n"
      " per-process setid core dumps: disabled\n"
      "     global core dump logging: disabled\n";
  EXPECT_EQ(run("coreadm").out, defaults);
  EXPECT_EQ(run("coreadm -k /var/cores/kzone.%z.%t -e kzone").exit, 0);
  const auto shown = run("coreadm").out;
  EXPECT_NE(shown.find("kernel zone core file pattern: /var/cores/kzone.%z.%t\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("       kernel zone core dumps: enabled\n"), std::string::npos) << shown;
  EXPECT_EQ(run("coreadm -d kzone").exit, 0);
  EXPECT_NE(run("coreadm").out.find("kernel zone core dumps: disabled\n"), std::string::npos);
}

TEST_F(CrashDumps, ChangingCoreadmSettingsNeedsMaintenanceAndRepairThroughPfexec) {
  host->accounts.add("jdoe").profiles.push_back("Maintenance and Repair");
  host->accounts.add("ann");
  const auto as = [&](std::string user, std::string command) {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = "global";
    step.user = std::move(user);
    return world.run(step);
  };
  EXPECT_EQ(as("jdoe", "coreadm -e kzone").err,
            "coreadm: jdoe may not change the system-wide core file settings; expected the Maintenance and Repair "
            "profile (pfexec coreadm)\n");
  EXPECT_EQ(as("ann", "pfexec coreadm -e kzone").exit, 1);
  EXPECT_EQ(as("ann", "coreadm").exit, 0);
  EXPECT_FALSE(host->files.exists("/etc/coreadm.conf"));
  EXPECT_EQ(as("jdoe", "pfexec coreadm -e kzone").exit, 0);
  EXPECT_NE(run("coreadm").out.find("kernel zone core dumps: enabled\n"), std::string::npos);
}

TEST_F(CrashDumps, CoreadmRefusesBadPatternsContentsAndOptions) {
  EXPECT_EQ(run("coreadm -k cores/%z").err.rfind("coreadm: -k cores/%z: expected an absolute path name pattern\n", 0), 0u);
  EXPECT_EQ(run("coreadm -G anon+bogus").err.rfind("coreadm: -G anon+bogus: 'bogus' is not a core file content token", 0),
            0u);
  EXPECT_EQ(run("coreadm -e everything").err.rfind("coreadm: -e everything: unknown option\n", 0), 0u);
  EXPECT_EQ(run("coreadm -x y").err.rfind("coreadm: illegal option -- x\n", 0), 0u);
  EXPECT_EQ(run("coreadm -g").err.rfind("coreadm: '-g': expected an option with its value\n", 0), 0u);
  EXPECT_FALSE(host->files.exists("/etc/coreadm.conf"));
}

}  // namespace
}  // namespace kzsim::zones
