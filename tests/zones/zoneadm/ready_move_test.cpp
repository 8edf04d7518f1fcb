// zoneadm ready (illumos zoneadmd's states) and zoneadm move of a kernel zone's root pool (Oracle
// Solaris 11.4 SRU 48 live storage migration), with their refusals; device storage the world does
// not have, refused at install and boot; zoneadm's usage naming every subcommand.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <fmt/format.h>

#include "core/scenario/load.hpp"
#include "zones/migration/host_data.hpp"
#include "zones/migration/zone_storage.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {
namespace {

constexpr std::string_view kBoot = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60001";
constexpr std::string_view kNew = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60002";
constexpr std::string_view kSmall = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60003";
constexpr std::string_view kOther = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60004";

class ReadyAndMove : public ::testing::Test {
 protected:
  std::unique_ptr<World> world;

  void build(std::string_view os = "11.4.81") {
    const std::string text = fmt::format(
        "format: 1\nname: ready-move\nhosts:\n  global: {{machine: sparc-t7, os: '{}'}}\n"
        "storage:\n  - uri: {}\n    size: 16G\n  - uri: {}\n    size: 32G\n  - uri: {}\n    size: 8G\n"
        "  - uri: {}\n    size: 16G\nsteps:\n  - run: 'true'\n",
        os, kBoot, kNew, kSmall, kOther);
    auto built = scenario::build_world(scenario::load_scenario_text(text, "ready-move.yaml"));
    world.reset(dynamic_cast<World*>(built.release()));
    ASSERT_EQ(run(fmt::format("zonecfg -z kz 'create -t SYSsolaris-kz; select device id=0; set storage={}; end; "
                              "select capped-memory; set physical=2G; end; commit'",
                              kBoot))
                  .exit,
              0);
  }
  void SetUp() override { build(); }

  scenario::Transcript run(std::string command) {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = "global";
    return world->run(step);
  }
  const Zone& zone() { return *world->find_host("global")->find_zone("kz"); }
};

TEST_F(ReadyAndMove, ReadyNeedsAnInstalledZone) {
  const auto refused = run("zoneadm -z kz ready");
  EXPECT_EQ(refused.exit, 1);
  EXPECT_EQ(refused.err, "zoneadm: zone 'kz': must be installed before ready.\n");
}

TEST_F(ReadyAndMove, ReadyGivesAZoneIdAndBootStartsFromThere) {
  ASSERT_EQ(run("zoneadm -z kz install").exit, 0);
  const auto readied = run("zoneadm -z kz ready");
  EXPECT_EQ(readied.exit, 0) << readied.err;
  EXPECT_EQ(zone().state, ZoneState::Ready);
  EXPECT_GT(zone().id, 0);
  EXPECT_EQ(run("zoneadm list").out, "global\nkz\n");
  const auto again = run("zoneadm -z kz ready");
  EXPECT_EQ(again.exit, 0);
  EXPECT_EQ(again.err, "zoneadm: zone 'kz': zone is already ready\n");
  const int id = zone().id;
  ASSERT_EQ(run("zoneadm -z kz boot").exit, 0);
  EXPECT_EQ(zone().state, ZoneState::Running);
  EXPECT_EQ(zone().id, id);
  ASSERT_EQ(run("zoneadm -z kz ready").exit, 0);
  EXPECT_EQ(zone().state, ZoneState::Ready);
  ASSERT_EQ(run("zoneadm -z kz halt").exit, 0);
  EXPECT_EQ(zone().state, ZoneState::Installed);
  EXPECT_EQ(zone().id, -1);
}

TEST_F(ReadyAndMove, ReadyReadsTheHostData) {
  ASSERT_EQ(run("zoneadm -z kz install").exit, 0);
  Host& host = *world->find_host("global");
  host.hostid ^= 1;  // as if another host had written the host data
  const auto refused = run("zoneadm -z kz ready");
  EXPECT_EQ(refused.exit, 1);
  EXPECT_NE(refused.err.find("ERROR: zone kz is in use by host with hostid"), std::string::npos) << refused.err;
  EXPECT_EQ(zone().state, ZoneState::Unavailable);
}

TEST_F(ReadyAndMove, MoveReplacesTheRootPoolsDisks) {
  ASSERT_EQ(run("zoneadm -z kz install && zoneadm -z kz boot").exit, 0);
  const std::string uuid = zone().uuid;
  const auto moved = run(fmt::format("zoneadm -z kz move -p {}", kNew));
  ASSERT_EQ(moved.exit, 0) << moved.err;
  const std::string log = moved.out.substr(0, moved.out.find('\n')).substr(std::string("Progress being logged to ").size());
  EXPECT_TRUE(log.starts_with("/var/log/zones/zoneadm.") && log.ends_with("Z.kz.move")) << log;
  EXPECT_EQ(moved.out,
            "Progress being logged to " + log + "\n"
            "Attaching new disks.\n"
            "Waiting for disks to resilver.\n"
            "Removing original disks from zone 'kz' configuration.\n"
            "Live storage migration succeeded.\n");
  EXPECT_EQ(boot_storage("kz", zone().config), kNew);
  EXPECT_EQ(device_storage("kz", zone().config), std::vector<std::string>{std::string(kNew)});
  EXPECT_EQ(zone().live, zone().config);
  const Resource* device = zone().config.first("device");
  EXPECT_EQ(device->get("id"), "1");
  EXPECT_EQ(device->get("bootpri"), "0");
  EXPECT_EQ(zone().state, ZoneState::Running);
  EXPECT_TRUE(world->find_host("global")->files.exists(log));
  // The host data and the zone's identity moved with the pool.
  ASSERT_EQ(run("zoneadm -z kz halt && zoneadm -z kz boot").exit, 0);
  EXPECT_EQ(zone().uuid, uuid);
  EXPECT_TRUE(read_host_data(*world, *world->find_host("global"), zone()).data);
}

TEST_F(ReadyAndMove, MoveVerboseShowsTheChecks) {
  ASSERT_EQ(run("zoneadm -z kz install && zoneadm -z kz boot").exit, 0);
  const auto moved = run(fmt::format("zoneadm -z kz move -v -p {}", kNew));
  ASSERT_EQ(moved.exit, 0) << moved.err;
  EXPECT_EQ(moved.out.rfind("Verbose progress output to terminal enabled.\n==== Starting:  ====\nProgress being logged to ", 0), 0u);
  for (const std::string& line : {std::string("Verifying there are no duplicates in the input URIs:\n  OK\n"),
                                 fmt::format("  c1d0:\n    URI: {}\n    Mapped to: /dev/dsk/c0t600144F0DBF8AF19000052E820D60001d0\n", kBoot),
                                 fmt::format("  Checking: Removing device storage={}\n", kBoot),
                                 std::string("Live storage migration succeeded.\n")})
    EXPECT_NE(moved.out.find(line), std::string::npos) << line << "\nin:\n" << moved.out;
}

TEST_F(ReadyAndMove, MoveRefusals) {
  ASSERT_EQ(run("zoneadm -z kz install").exit, 0);
  const auto expect_refusal = [&](const std::string& command, int exit, const std::string& err) {
    const auto result = run(command);
    EXPECT_EQ(result.exit, exit) << command;
    EXPECT_EQ(result.err, err) << command;
  };
  expect_refusal("zoneadm -z kz move", 2,
                 "usage: zoneadm -z zonename move -p uri [-p uri]... [-v] [-x force-zpool-attach]\n");
  expect_refusal(fmt::format("zoneadm -z kz move -p {}", kNew), 1,
                 "zoneadm: zone 'kz': zone is installed; expected a running kernel zone: its own zpool attaches and "
                 "resilvers the new disks.\n");
  ASSERT_EQ(run("zoneadm -z kz boot").exit, 0);
  expect_refusal(fmt::format("zoneadm -z kz move -p {} -x force", kNew), 1,
                 "zoneadm: zone 'kz': -x force: expected force-zpool-attach.\n");
  expect_refusal(fmt::format("zoneadm -z kz move -p {}", kBoot), 1,
                 fmt::format("zoneadm: zone 'kz': {} is already used in zone 'kz' configuration.\n", kBoot));
  expect_refusal(fmt::format("zoneadm -z kz move -p {0} -p {0}", kNew), 1,
                 fmt::format("zoneadm: zone 'kz': {} is given more than once; expected each URI once.\n", kNew));
  expect_refusal("zoneadm -z kz move -p iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D600FF", 1,
                 "zoneadm: zone 'kz': storage iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D600FF does not exist "
                 "or is not reachable from global; expected storage this host reaches.\n");
  expect_refusal(fmt::format("zoneadm -z kz move -p {}", kSmall), 1,
                 fmt::format("zoneadm: zone 'kz': cannot attach {} to root pool: device is too small (8589934592 bytes; "
                             "the pool's disk has 17179869184).\n",
                             kSmall));
  // Another kernel zone's boot disk belongs to that zone's pool.
  ASSERT_EQ(run(fmt::format("zonecfg -z other 'create -t SYSsolaris-kz; select device id=0; set storage={}; end; "
                            "commit' && zoneadm -z other install",
                            kOther))
                .exit,
            0);
  expect_refusal(fmt::format("zoneadm -z kz move -p {}", kOther), 1,
                 fmt::format("zoneadm: zone 'kz': {} is part of another zpool; expected an unused disk, or -x "
                             "force-zpool-attach.\n",
                             kOther));
  EXPECT_EQ(run(fmt::format("zoneadm -z kz move -x force-zpool-attach -p {}", kOther)).exit, 0);
}

TEST_F(ReadyAndMove, MoveNeedsSru48) {
  build("11.4.42");
  ASSERT_EQ(run("zoneadm -z kz install && zoneadm -z kz boot").exit, 0);
  const auto refused = run(fmt::format("zoneadm -z kz move -p {}", kNew));
  EXPECT_EQ(refused.exit, 1);
  EXPECT_EQ(refused.err,
            "zoneadm: zone 'kz': move of a kernel zone's storage needs Oracle Solaris 11.4 SRU 48 or later on the host; "
            "host global runs Oracle Solaris 11.4.42.\n");
}

TEST_F(ReadyAndMove, DeviceStorageTheWorldLacksIsRefusedAtInstallAndBoot) {
  constexpr std::string_view kMissing = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D600FF";
  const std::string refusal = fmt::format(
      "zoneadm: zone 'kz': device id=1 of zone kz: storage {} does not exist; expected storage the world has or a dev: "
      "device of this host.\n",
      kMissing);
  ASSERT_EQ(run(fmt::format("zonecfg -z kz 'add device; set storage={}; end; commit'", kMissing)).exit, 0);
  const auto install = run("zoneadm -z kz install");
  EXPECT_EQ(install.exit, 1);
  EXPECT_EQ(install.err, refusal);
  EXPECT_EQ(zone().state, ZoneState::Configured);
  ASSERT_EQ(run("zonecfg -z kz 'remove device id=1; commit' && zoneadm -z kz install").exit, 0);
  ASSERT_EQ(run(fmt::format("zonecfg -z kz 'add device; set storage={}; end; commit'", kMissing)).exit, 0);
  const auto boot = run("zoneadm -z kz boot");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_EQ(boot.err, refusal);
  EXPECT_EQ(zone().state, ZoneState::Installed);
}

TEST_F(ReadyAndMove, UsageNamesEverySubcommand) {
  const auto usage = run("zoneadm");
  EXPECT_EQ(usage.exit, 2);
  for (const std::string subcommand : {"list", "boot", "ready", "halt", "reboot", "shutdown", "install", "uninstall",
                                       "verify", "apply", "clone", "migrate", "suspend", "attach", "detach", "move"})
    EXPECT_NE(usage.err.find(subcommand), std::string::npos) << subcommand;
  const auto unknown = run("zoneadm -z kz frob");
  EXPECT_EQ(unknown.err.substr(0, unknown.err.find('\n')),
            "zoneadm: unknown subcommand 'frob'; expected list, boot, ready, halt, reboot, shutdown, install, "
            "uninstall, verify, apply, clone, migrate, suspend, attach, detach or move");
}

}  // namespace
}  // namespace kzsim::zones
