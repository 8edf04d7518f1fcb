#include <gtest/gtest.h>

#include "tests/zones/console/console_fixture.hpp"

namespace kzsim::zones::testing {
namespace {

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

TEST_F(ConsoleTest, SparcBootShowsOpenBootAndTheLoginPromptAndLogsTheGuestKernel) {
  use_model("sparc-t4", 12);
  add_zone("kzone1", {{"hostid", "0x6e026c74"}});
  ASSERT_EQ(run("zoneadm -z kzone1 boot").exit, 0);
  const auto console = run("zlogin -C kzone1", "~.\n");
  EXPECT_EQ(console.exit, 0);
  EXPECT_TRUE(contains(console.out, "[Connected to zone 'kzone1' console]\nNOTICE: Entering OpenBoot.\n"));
  EXPECT_TRUE(contains(console.out, "SPARC T4-2, No Keyboard\n"));
  EXPECT_TRUE(contains(console.out, "OpenBoot 4.36.0.build_05, 2.0000 GB memory available, Serial #1845652596.\n"));
  EXPECT_TRUE(contains(console.out, "Ethernet address 0:0:0:0:0:0, Host ID: 6e026c74.\n"));
  EXPECT_TRUE(contains(console.out, "Boot device: disk0  File and args: \nHostname: kzone1\nkzone1 console login:\n"));
  // kzsim's guest kernel lines are not Solaris's: they go to a log on the host, not the console.
  EXPECT_FALSE(contains(console.out, "kzsim guest kernel")) << console.out;
  EXPECT_TRUE(contains(run("cat /var/log/zones/kzone1.kzsim-guest").out, "kzsim guest kernel: booting\n"));
  EXPECT_TRUE(contains(console.out, "kzone1 console login:\n~.\n[Connection to zone 'kzone1' console closed]\n"));
}

TEST_F(ConsoleTest, SparcMenuChoiceStopsAtOkAndBootsTheTypedEnvironment) {
  ASSERT_EQ(boot_with_environments("sparc-t4", "Oracle Solaris 11.2 SPARC (rpool/ROOT/solaris)\nbootenv123\n",
                                   "zoneadm -z kzone1 boot -- -L"),
            0);
  const auto console = run("zlogin -C kzone1", "2\nboot -Z rpool/ROOT/bootenv123\n");
  EXPECT_TRUE(contains(console.out, "Boot device: disk0  File and args: -L\n1 Oracle Solaris 11.2 SPARC\n2 bootenv123\n"
                                    "Select environment to boot: [ 1 - 2 ]: 2\n\nTo boot the selected entry, invoke:\n"
                                    "boot [<root-device>] -Z rpool/ROOT/bootenv123\n\nProgram terminated\n"
                                    "ok boot -Z rpool/ROOT/bootenv123\n\n[NOTICE: Zone rebooting]\n"))
      << console.out;
  EXPECT_TRUE(contains(console.out, "kzone1 console login:\n[Connection to zone 'kzone1' console closed]\n")) << console.out;
}

TEST_F(ConsoleTest, OkPromptRefusesAnotherCommandAndTakesPlainBoot) {
  ASSERT_EQ(boot_with_environments("sparc-t4", "solaris\nbootenv123\n", "zoneadm -z kzone1 boot -- -L"), 0);
  const auto console = run("zlogin -C kzone1", "2\nboot -Z rpool/ROOT/solaris\nboot\n");
  EXPECT_TRUE(contains(console.out, "ok boot -Z rpool/ROOT/solaris\n'boot -Z rpool/ROOT/solaris' is not a boot command; "
                                    "expected boot or boot -Z rpool/ROOT/bootenv123\nok boot\n\n[NOTICE: Zone rebooting]\n"))
      << console.out;
}

TEST_F(ConsoleTest, MenuRefusesANumberOutsideTheList) {
  use_model("intel-haswell", 12);
  add_zone("kzone1");
  ASSERT_EQ(run("zoneadm -z kzone1 boot -- -l").exit, 0);
  const auto console = run("zlogin -C kzone1", "7\n1\n");
  EXPECT_TRUE(contains(console.out, "Select environment to boot: [ 1 - 1 ]:7\n'7' is not an environment; expected a number "
                                    "from 1 to 1\nSelect environment to boot: [ 1 - 1 ]:1\nBoot device: disk0  File and args:\n"))
      << console.out;
}

TEST_F(ConsoleTest, X86BootEnvironmentNamedWithZ) {
  ASSERT_EQ(boot_with_environments("intel-haswell", "boot-2\nOracle Solaris 11.2 x86 (rpool/ROOT/solaris)\n",
                                   "zoneadm -z kzone1 boot -- -Z rpool/ROOT/boot-2"),
            0);
  const auto console = run("zlogin -C kzone1", "");
  EXPECT_TRUE(contains(console.out, "Boot device: disk0  File and args: -Z rpool/ROOT/boot-2\nreading module")) << console.out;
  EXPECT_TRUE(contains(console.out, "SunOS global 5.11 11.2 i86pc i386 i86pc\n"));
}

TEST_F(ConsoleTest, BootRefusesAnUnknownEnvironmentAndArgument) {
  use_model("intel-haswell", 12);
  add_zone("kzone1");
  const auto unknown = run("zoneadm -z kzone1 boot -- -Z rpool/ROOT/nothing");
  EXPECT_EQ(unknown.exit, 1);
  EXPECT_EQ(unknown.err, "zoneadm: zone 'kzone1': boot environment 'rpool/ROOT/nothing' not found; expected one of "
                         "rpool/ROOT/solaris\n");
  EXPECT_EQ(host->zones["kzone1"].state, ZoneState::Installed);
  const auto argument = run("zoneadm -z kzone1 boot -- -x");
  EXPECT_EQ(argument.exit, 1);
  EXPECT_TRUE(contains(argument.err, "boot argument '-x' is not known; expected -L, -l, -R, -k, -kd or -Z BOOT-ENVIRONMENT"));
}

TEST_F(ConsoleTest, MalformedBootEnvironmentFileIsRefusedWithItsLine) {
  EXPECT_EQ(boot_with_environments("intel-haswell", "good\nbad (unclosed\n", "zoneadm -z kzone1 boot"), 1);
  const auto booted = run("zoneadm -z kzone1 boot");
  EXPECT_TRUE(contains(booted.err, "boot-environments:2: 'bad (unclosed' is not a boot environment")) << booted.err;
}

TEST_F(ConsoleTest, ConsoleOfAZoneThatIsNotBootedIsRefused) {
  use_model("intel-haswell", 12);
  add_zone("kzone1");
  const auto console = run("zlogin -C kzone1", "");
  EXPECT_EQ(console.exit, 1);
  EXPECT_EQ(console.err, "zlogin: zone 'kzone1' has no console to connect to (installed); expected a booted zone\n");
}

TEST_F(ConsoleTest, GuestExecutingAFeatureOutsideItsClassPanicsAndTheHostCarriesOn) {
  use_model("intel-haswell", 12);
  add_zone("generic", {{"cpu-arch", "generic"}});
  add_zone("native");
  ASSERT_EQ(run("zoneadm -z generic boot").exit, 0);
  ASSERT_EQ(run("zoneadm -z native boot").exit, 0);
  const auto probe = run("zlogin generic kz-probe aes");
  EXPECT_EQ(probe.exit, 1);
  EXPECT_EQ(probe.err, "kz-probe: zone generic panicked; see zlogin -C generic\n");
  EXPECT_EQ(run("zoneadm list -s").out, "NAME             STATUS           AUXILIARY STATE\n"
                                         "global           running\n"
                                         "generic          running          panicked\n"
                                         "native           running\n");
  EXPECT_TRUE(contains(run("zlogin -C generic", "").out, "panic[cpu0]: ")) << run("zlogin -C generic", "").out;
  const auto native = run("zlogin native kz-probe aes");
  EXPECT_EQ(native.exit, 0);
  EXPECT_EQ(native.out, "aes: executed\n");
  ASSERT_EQ(run("zoneadm -z generic halt").exit, 0);
  EXPECT_FALSE(host->zones["generic"].aux.contains(AuxState::Panicked));
}

TEST_F(ConsoleTest, SparcGuestRunsPopcOnlyWithItsClass) {
  use_model("sparc-t4", 12);
  add_zone("kz1");
  ASSERT_EQ(run("zoneadm -z kz1 boot").exit, 0);
  EXPECT_EQ(run("zlogin kz1 kz-probe popc").out, "popc: executed\n");
  EXPECT_EQ(run("zlogin kz1 kz-probe aes").exit, 2);
}

TEST_F(ConsoleTest, GuestIsainfoShowsTheZonesVisibleFeatures) {
  use_model("sparc-t4", 12);
  add_zone("kz1", {{"cpu-arch", "generic"}});
  ASSERT_EQ(run("zoneadm -z kz1 boot").exit, 0);
  EXPECT_EQ(run("zlogin kz1 isainfo -v").out, "64-bit sparcv9 applications\n\tasi_blk_init vis2 vis popc\n"
                                              "32-bit sparc applications\n\tasi_blk_init vis2 vis popc v8plus div32 mul32\n");
}

TEST_F(ConsoleTest, GuestUptimeCountsFromItsBoot) {
  use_model("sparc-t4", 12);
  add_zone("kz1");
  ASSERT_EQ(run("zoneadm -z kz1 boot").exit, 0);
  world.advance(std::chrono::minutes(5));
  EXPECT_TRUE(contains(run("zlogin kz1 uptime").out, "up 5 min(s),")) << run("zlogin kz1 uptime").out;
  world.advance(std::chrono::minutes(60));
  EXPECT_TRUE(contains(run("zlogin kz1 uptime").out, "up  1:05,"));
}

TEST_F(ConsoleTest, GuestCommandsNeedTheKernelPastTheBootMenu) {
  use_model("sparc-t4", 12);
  add_zone("kz1");
  ASSERT_EQ(run("zoneadm -z kz1 boot -- -L").exit, 0);
  const auto isainfo = run("zlogin kz1 isainfo -v");
  EXPECT_EQ(isainfo.exit, 1);
  EXPECT_EQ(isainfo.err, "isainfo: the kernel of zone kz1 is not running; expected a zone booted past its boot menu\n");
}

TEST_F(ConsoleTest, SuspendedZoneResumesWithoutANewBootUnlessR) {
  use_model("sparc-t4", 12);
  Zone& zone = add_zone("kz1");
  Resource suspend{"suspend", {}, {}};
  suspend.set("path", "/system/zones/kz1/suspend");
  zone.config.resources.push_back(suspend);
  ASSERT_EQ(run("zoneadm -z kz1 boot").exit, 0);
  const auto before = zone.console;
  ASSERT_EQ(run("zoneadm -z kz1 suspend").exit, 0);  // a resume needs the image suspend writes
  ASSERT_EQ(run("zoneadm -z kz1 boot").exit, 0);
  EXPECT_EQ(zone.console, before);
  ASSERT_EQ(run("zoneadm -z kz1 suspend").exit, 0);
  ASSERT_EQ(run("zoneadm -z kz1 boot -- -R").exit, 0);
  EXPECT_NE(zone.console, before);
}

}  // namespace
}  // namespace kzsim::zones::testing
