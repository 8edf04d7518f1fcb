// Booting a kernel zone with kmdb (zoneadm boot -- -k / -kd): the debugging auxiliary state of
// guide ch.7 "Kernel Zone Auxiliary States Viewed From the Global Zone".
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/zones/console/console_fixture.hpp"
#include "zones/migration/migration_checks.hpp"

namespace kzsim::zones::testing {
namespace {

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

class KmdbTest : public ConsoleTest {
 protected:
  void SetUp() override {
    use_model("intel-haswell", 12);
    add_zone("kzone3");
  }

  // The console of `zone` booted with `boot_args`, after `typed` at it.
  std::string console_after(const std::string& boot_args, const std::string& typed, const std::string& zone = "kzone3") {
    EXPECT_EQ(run(fmt::format("zoneadm -z {} boot -- {}", zone, boot_args)).exit, 0);
    return run("zlogin -C " + zone, typed).out;
  }

  // What `command` prints on stderr, refused while kzone3 is stopped in kmdb (booted with
  // `boot_args`); the zone stays there.
  std::string refusal_in_kmdb(const std::string& boot_args, const std::string& command) {
    EXPECT_EQ(run("zoneadm -z kzone3 boot -- " + boot_args).exit, 0);
    const auto refused = run(command);
    EXPECT_EQ(refused.exit, 1) << command;
    const Zone& zone = host->zones.at("kzone3");
    EXPECT_EQ(zone.state, ZoneState::Running);
    EXPECT_TRUE(zone.aux.contains(AuxState::Debugging));
    return refused.err;
  }
};

TEST_F(KmdbTest, BootKdStopsInKmdbAndTheZoneIsDebugging) {
  const std::string console = console_after("-kd", "~.\n");
  const Zone& zone = host->zones.at("kzone3");
  EXPECT_EQ(zone.state, ZoneState::Running);
  EXPECT_TRUE(zone.aux.contains(AuxState::Debugging));
  EXPECT_EQ(run("zoneadm list -s").out, "NAME             STATUS           AUXILIARY STATE\n"
                                        "global           running\n"
                                        "kzone3           running          debugging\n");
  EXPECT_TRUE(run("zoneadm list -p").out.ends_with(":solaris-kz:debugging\n"));
  EXPECT_TRUE(contains(console, "Boot device: disk0  File and args: -kd\n"
                                "reading module /platform/i86pc/amd64/boot_archive...done.\n"
                                "reading kernel file /platform/i86pc/kernel/amd64/unix...done.\n"
                                "Loading kmdb...\n\nWelcome to kmdb\nLoaded modules: [ unix krtld genunix ]\n[0]> ~.\n"))
      << console;
  EXPECT_FALSE(contains(console, "console login:")) << "the kernel must not run before :c";
}

TEST_F(KmdbTest, ContinuingClearsTheStateAndBootsTheKernel) {
  const std::string console = console_after("-kd", "::status\n:c\n~.\n");
  EXPECT_TRUE(contains(console, "[0]> ::status\n'::status' is not simulated in kmdb; expected :c to continue the "
                                "boot\n[0]> :c\nSunOS global 5.11 11.2 i86pc i386 i86pc\n"))
      << console;
  EXPECT_TRUE(contains(console, "kzone3 console login:\n")) << console;
  EXPECT_FALSE(host->zones.at("kzone3").aux.contains(AuxState::Debugging));
  EXPECT_EQ(run("zoneadm list -s").out.find("debugging"), std::string::npos);
  EXPECT_EQ(run("zlogin kzone3 uptime").exit, 0);
}

TEST_F(KmdbTest, ZloginToAZoneInKmdbIsRefused) {
  EXPECT_EQ(refusal_in_kmdb("-k -d", "zlogin kzone3 uptime"),
            "zlogin: zone 'kzone3' is in the kernel debugger (auxiliary state debugging); expected zlogin -C kzone3 to "
            "reach kmdb\n");
}

TEST_F(KmdbTest, KLoadsKmdbWithoutStopping) {
  const std::string console = console_after("-k", "~.\n");
  EXPECT_TRUE(host->zones.at("kzone3").aux.empty());
  EXPECT_TRUE(contains(console, "unix...done.\nLoading kmdb...\nSunOS global")) << console;
}

TEST_F(KmdbTest, DWithoutKIsRefused) {
  const auto boot = run("zoneadm -z kzone3 boot -- -d");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_TRUE(contains(boot.err, "boot argument -d stops the boot in kmdb, which only -k loads; expected -kd")) << boot.err;
  EXPECT_EQ(host->zones.at("kzone3").state, ZoneState::Installed);
}

TEST_F(KmdbTest, HaltAndRebootLeaveTheDebugger) {
  ASSERT_EQ(run("zoneadm -z kzone3 boot -- -kd").exit, 0);
  ASSERT_EQ(run("zoneadm -z kzone3 halt").exit, 0);
  EXPECT_TRUE(host->zones.at("kzone3").aux.empty());
  ASSERT_EQ(run("zoneadm -z kzone3 boot -- -kd").exit, 0);
  ASSERT_EQ(run("zoneadm -z kzone3 reboot").exit, 0);
  EXPECT_TRUE(host->zones.at("kzone3").aux.empty());
}

// The guest halted in kmdb cannot write its suspend image nor be copied live (kzsim's rule and
// wording: the guide shows none); :c at the console lifts the refusal.
TEST_F(KmdbTest, SuspendOfAZoneInKmdbIsRefusedUntilItContinues) {
  EXPECT_EQ(refusal_in_kmdb("-kd", "zoneadm -z kzone3 suspend"),
            "zoneadm: zone 'kzone3': kzone3 is stopped in the kernel debugger (auxiliary state debugging) and cannot be "
            "suspended; expected :c at its console (zlogin -C kzone3) first.\n");
  run("zlogin -C kzone3", ":c\n~.\n");
  EXPECT_FALSE(contains(run("zoneadm -z kzone3 suspend").err, "kernel debugger"));
}

TEST_F(KmdbTest, LiveMigrationOfAZoneInKmdbIsRefused) {
  ASSERT_EQ(run("zoneadm -z kzone3 boot -- -kd").exit, 0);
  const Zone& zone = host->zones.at("kzone3");
  const MigrationRefusals refusals = zone_feature_refusals(*host, *host, zone, MigrationType::Live);
  ASSERT_FALSE(refusals.empty());
  EXPECT_EQ(refusals.front().text, "kzone3 is stopped in the kernel debugger (auxiliary state debugging) and cannot "
                                   "migrate live; expected :c at its console (zlogin -C kzone3) first");
  EXPECT_EQ(refusals.front().section, "Kernel Zone Auxiliary States Viewed From the Global Zone");
  run("zlogin -C kzone3", ":c\n~.\n");
  EXPECT_TRUE(zone_feature_refusals(*host, *host, zone, MigrationType::Live).empty());
}

TEST_F(KmdbTest, SparcBootKdStopsAfterOpenBoot) {
  use_model("sparc-t5", 16);
  add_zone("kzone1");
  const std::string console = console_after("-kd", ":c\n", "kzone1");
  EXPECT_TRUE(contains(console, "Boot device: disk0  File and args: -kd\nLoading kmdb...\n\nWelcome to kmdb\n"
                                "Loaded modules: [ unix krtld genunix ]\n[0]> :c\nHostname: kzone1\n"))
      << console;
}

}  // namespace
}  // namespace kzsim::zones::testing
