// zoneadm through a World: listings, install, boot and halt with host memory.
#include <gtest/gtest.h>

#include "tests/zones/zoneadm/zoneadm_fixture.hpp"
#include "zones/memory/memory_messages.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {
namespace {

using Zoneadm = testing::ZoneadmTest;

TEST_F(Zoneadm, ListCvShowsGlobalRunningThenOthers) {
  add_zone("kzone2", ZoneState::Configured);
  add_zone("kzone1", ZoneState::Installed);
  ASSERT_EQ(run("zoneadm -z kzone1 boot").exit, 0);
  EXPECT_EQ(run("zoneadm list -cv").out,
            "  ID NAME             STATUS      PATH                         BRAND      IP    \n"
            "   0 global           running     /                            solaris    shared\n"
            "   1 kzone1           running     -                            solaris-kz excl  \n"
            "   - kzone2           configured  -                            solaris-kz excl  \n");
  EXPECT_EQ(run("zoneadm list").out, "global\nkzone1\n");
}

TEST_F(Zoneadm, ListParsableEndsWithTheAuxiliaryState) {
  add_zone("z2kz", ZoneState::Installed).aux.insert(AuxState::Suspended);
  EXPECT_EQ(run("zoneadm list -cp").out,
            "0:global:running:/::solaris:shared:-:none:\n"
            "-:z2kz:installed:/system/volatile/zones/z2kz/zonepath:uuid-z2kz:solaris-kz:excl:-:solaris-kz:suspended\n");
}

TEST_F(Zoneadm, ListSShowsAuxiliaryStates) {
  add_zone("kzone3", ZoneState::Running).aux.insert(AuxState::Debugging);
  host->zones["kzone3"].id = 3;
  EXPECT_EQ(run("zoneadm list -s").out,
            "NAME             STATUS           AUXILIARY STATE\n"
            "global           running\n"
            "kzone3           running          debugging\n");
}

TEST_F(Zoneadm, ListOneZoneVerbose) {
  add_zone("kzone", ZoneState::Installed);
  EXPECT_EQ(run("zoneadm -z kzone list -v").out,
            "  ID NAME             STATUS      PATH                         BRAND      IP    \n"
            "   - kzone            installed   -                            solaris-kz excl  \n");
}

TEST_F(Zoneadm, UnknownZoneIsNamed) {
  auto result = run("zoneadm -z nosuch boot");
  EXPECT_EQ(result.exit, 1);
  EXPECT_EQ(result.err, "zoneadm: nosuch: No such zone configured\n");
}

TEST_F(Zoneadm, InstallLogsWithTheSimulatedTimestampAndTakesTime) {
  add_zone("kzone1", ZoneState::Configured);
  const auto before = world.clock().now();
  auto result = run("zoneadm -z kzone1 install");
  EXPECT_EQ(result.exit, 0);
  EXPECT_TRUE(result.out.starts_with("Progress being logged to /var/log/zones/zoneadm.20240201T090000Z.kzone1.install\n"))
      << result.out;
  EXPECT_NE(result.out.find("Installation: Succeeded\n"), std::string::npos);
  EXPECT_TRUE(host->files.exists("/var/log/zones/zoneadm.20240201T090000Z.kzone1.install"));
  EXPECT_GT(world.clock().now(), before);
  EXPECT_EQ(host->zones["kzone1"].state, ZoneState::Installed);
}

TEST_F(Zoneadm, InstallRefusesAnInstalledZoneAndAMissingManifest) {
  add_zone("kzone1", ZoneState::Installed);
  EXPECT_EQ(run("zoneadm -z kzone1 install").err, "zoneadm: zone 'kzone1': is already installed.\n");
  add_zone("kzone2", ZoneState::Configured);
  auto result = run("zoneadm -z kzone2 install -m /var/tmp/none.xml");
  EXPECT_EQ(result.exit, 1);
  EXPECT_NE(result.err.find("/var/tmp/none.xml"), std::string::npos);
}

TEST_F(Zoneadm, UninstallRefusesARunningZoneAndAsksWithoutF) {
  add_zone("kzone1", ZoneState::Installed);
  ASSERT_EQ(run("zoneadm -z kzone1 boot").exit, 0);
  EXPECT_EQ(run("zoneadm -z kzone1 uninstall -F").exit, 1);
  ASSERT_EQ(run("zoneadm -z kzone1 halt").exit, 0);
  run("zoneadm -z kzone1 uninstall", "n\n");
  EXPECT_EQ(host->zones["kzone1"].state, ZoneState::Installed);
  EXPECT_EQ(run("zoneadm -z kzone1 uninstall -F").exit, 0);
  EXPECT_EQ(host->zones["kzone1"].state, ZoneState::Configured);
}

TEST_F(Zoneadm, BootRefusesAZoneNotInstalled) {
  add_zone("kzone1", ZoneState::Configured);
  EXPECT_EQ(run("zoneadm -z kzone1 boot").err, "zoneadm: zone 'kzone1': must be installed before boot.\n");
}

TEST_F(Zoneadm, BootTakesMemoryAndHaltGivesItBack) {
  add_zone("kz1", ZoneState::Installed, "48G");
  add_zone("kz2", ZoneState::Installed, "24G");
  ASSERT_EQ(run("zoneadm -z kz1 boot").exit, 0);
  EXPECT_EQ(host->zones["kz1"].backing_page_size, 2 * GiB);
  auto refused = run("zoneadm -z kz2 boot");
  EXPECT_EQ(refused.exit, 1);
  EXPECT_EQ(refused.err,
            "error: Not enough contiguous free memory pages to allocate\n"
            "capped-memory:physical value of 24GB for zone. Consider using\n"
            "memory-reserve(8s) to facilitate reserving memory for Kernel Zones\n");
  ASSERT_EQ(run("zoneadm -z kz1 halt").exit, 0);
  EXPECT_EQ(run("zoneadm -z kz2 boot").exit, 0);
}

TEST_F(Zoneadm, BootRefusesAnUnsupportedFixedPageSize) {
  Zone& zone = add_zone("kz1", ZoneState::Installed, "20G");
  zone.config.first("capped-memory")->set("pagesize-policy", "fixed");
  zone.config.first("capped-memory")->set("pagesize", "10G");
  EXPECT_EQ(run("zoneadm -z kz1 boot").err, "error: The capped-memory:pagesize value 10G is not supported on this host.\n");
}

TEST_F(Zoneadm, BootRefusesAModifierTheClassCannotCarry) {
  add_zone("kzone1", ZoneState::Installed).config.set("host-compatible", "adi");
  EXPECT_EQ(run("zoneadm -z kzone1 boot").err, "zone 'kzone1': error: modifier adi not supported by migration class SPARC-T5\n");
  host->zones["kzone1"].config.set("host-compatible", "memlzs");
  EXPECT_EQ(run("zoneadm -z kzone1 boot").exit, 0);
}

TEST_F(Zoneadm, BootRefusesACpuArchTheHostCannotProvide) {
  add_zone("kzone1", ZoneState::Installed).config.set("cpu-arch", "SPARC-M7");
  auto result = run("zoneadm -z kzone1 boot");
  EXPECT_EQ(result.exit, 1);
  EXPECT_NE(result.err.find("cpu-arch SPARC-M7"), std::string::npos);
}

TEST_F(Zoneadm, ShutdownRestartsWithR) {
  add_zone("kzone1", ZoneState::Installed);
  ASSERT_EQ(run("zoneadm -z kzone1 boot").exit, 0);
  EXPECT_EQ(run("zoneadm -z kzone1 shutdown -r").exit, 0);
  EXPECT_EQ(host->zones["kzone1"].state, ZoneState::Running);
  EXPECT_EQ(run("zoneadm -z kzone1 shutdown").exit, 0);
  EXPECT_EQ(host->zones["kzone1"].state, ZoneState::Installed);
}

TEST_F(Zoneadm, Kstat2ShowsTheBackingPageSize) {
  add_zone("kz1", ZoneState::Installed, "4G");
  ASSERT_EQ(run("zoneadm -z kz1 boot").exit, 0);
  EXPECT_EQ(run("kstat2 kstat:/zones/kz1/memory/usage:pagesize").out,
            "kstat:/zones/kz1/memory/usage\n"
            "      pagesize          2147483648 bytes\n");
  EXPECT_EQ(run("kstat2 kstat:/zones/kz2/memory/usage:pagesize").exit, 1);
}

TEST_F(Zoneadm, MrpstatCountsZonesInTheEnabledPool) {
  Service* pool = host->services.entity("svc:/system/memory-reserve:zones");
  pool->state = ServiceState::Online;
  pool->properties["config"] = {{"size", "16G"}, {"pagesize-policy", "fixed"}, {"pagesize", "2G"}, {"npt-reservation", "1"}};
  add_zone("kz1", ZoneState::Installed, "4G").config.first("capped-memory")->set("memory-reserve", "zones");
  host->zones["kz1"].config.first("capped-memory")->clear("pagesize-policy");
  ASSERT_EQ(run("zoneadm -z kz1 boot").exit, 0);
  EXPECT_EQ(run("mrpstat").out,
            "NAME               PAGESIZE  TOTAL_MEM   USED_MEM   FREE_MEM\n"
            "zones                    2G     16400M      4112M        12G\n");
}

}  // namespace
}  // namespace kzsim::zones
