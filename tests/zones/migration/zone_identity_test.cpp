// A kernel zone keeps its UUID, its boot environment's UUID and its host data on every path it
// can take between hosts (issue #16 item 3): detach/attach, export + zonecfg -f + attach on
// another host, attach -x force-takeover, attach -x initialize-hostdata, cold, warm and live
// migration, evacuation and return, zoneadm move, and a world saved and loaded. After each, the
// zone's UUIDs are those zoneadm install gave it, zoneadm list -p shows its UUID, and its host
// data names its boot environment's UUID.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <fmt/format.h>

#include "core/scenario/load.hpp"
#include "zones/migration/host_data.hpp"
#include "zones/persistence/world_codec.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {
namespace {

constexpr std::string_view kBoot = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60001";
constexpr std::string_view kMoved = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60002";
constexpr std::string_view kSuspend = "nfs://admin:staff@nfs1/export/kz-suspend";

class ZoneIdentity : public ::testing::Test {
 protected:
  std::unique_ptr<World> world;
  std::string uuid, be_uuid;

  void SetUp() override {
    const std::string text = fmt::format(
        "format: 1\nname: identity\nhosts:\n  global1: {{machine: sparc-t7}}\n  global2: {{machine: sparc-t7}}\n"
        "storage:\n  - uri: {}\n    size: 16G\n  - uri: {}\n    size: 16G\n  - uri: {}\n    size: 16G\n"
        "steps:\n  - run: 'true'\n",
        kBoot, kMoved, kSuspend);
    auto built = scenario::build_world(scenario::load_scenario_text(text, "identity.yaml"));
    world.reset(dynamic_cast<World*>(built.release()));
    ok("global1", fmt::format("zonecfg -z kz 'create -t SYSsolaris-kz; select device id=0; set storage={}; end; "
                              "select capped-memory; set physical=2G; end; select suspend; clear path; set storage={}; end; commit' "
                              "&& zoneadm -z kz install",
                              kBoot, kSuspend));
    if (HasFatalFailure()) return;
    const Zone& zone = *world->find_host("global1")->find_zone("kz");
    uuid = zone.uuid;
    be_uuid = zone.boot_environment_uuid;
  }

  scenario::Transcript run(const std::string& host, std::string command, std::string stdin_text = {}) {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = host;
    step.stdin_text = std::move(stdin_text);
    return world->run(step);
  }

  void ok(const std::string& host, std::string command, std::string stdin_text = {}) {
    const auto result = run(host, command, std::move(stdin_text));
    ASSERT_EQ(result.exit, 0) << host << "$ " << command << "\n" << result.out << result.err;
  }

  // The zone on `host` has the UUIDs it was installed with, everywhere they show.
  void expect_identity(const std::string& host, const std::string& after) {
    SCOPED_TRACE(after);
    const Zone* zone = world->find_host(host)->find_zone("kz");
    ASSERT_NE(zone, nullptr);
    EXPECT_EQ(uuid.size(), 36u);
    EXPECT_EQ(be_uuid.size(), 36u);
    EXPECT_NE(uuid, be_uuid);
    EXPECT_EQ(zone->uuid, uuid);
    EXPECT_EQ(zone->boot_environment_uuid, be_uuid);
    const std::string listed = run(host, "zoneadm -z kz list -p").out;
    EXPECT_NE(listed.find(fmt::format(":{}:solaris-kz:", uuid)), std::string::npos) << listed;
    const auto host_data = read_host_data(*world, *world->find_host(host), *zone);
    ASSERT_TRUE(host_data.data) << host_data.refusal;
    EXPECT_EQ(host_data.data->boot_environment_uuid, be_uuid);
    EXPECT_EQ(host_data.data->hostname, host);
  }

  // export on `from`, zonecfg -f on `to`, as an administrator moves a zone by hand.
  void copy_configuration(const std::string& from, const std::string& to) {
    ok(from, "zonecfg -z kz export -f /var/tmp/kz.cfg");
    world->find_host(to)->files.write("/var/tmp/kz.cfg", *world->find_host(from)->files.read("/var/tmp/kz.cfg"));
    ok(to, "zonecfg -z kz -f /var/tmp/kz.cfg");
  }
};

TEST_F(ZoneIdentity, SurvivesEveryPath) {
  expect_identity("global1", "install");

  ok("global1", "zoneadm -z kz detach && zoneadm -z kz attach");
  expect_identity("global1", "detach and attach");

  ok("global1", "zoneadm -z kz detach");
  copy_configuration("global1", "global2");
  ok("global2", "zoneadm -z kz attach");
  expect_identity("global2", "export, zonecfg -f and attach on another host");

  const auto in_use = run("global1", "zoneadm -z kz attach");
  EXPECT_EQ(in_use.exit, 1);
  EXPECT_NE(in_use.err.find("boot environment uuid: " + be_uuid + "\n"), std::string::npos) << in_use.err;
  ok("global1", "zoneadm -z kz attach -x force-takeover");
  expect_identity("global1", "attach -x force-takeover");

  ok("global1", "zoneadm -z kz detach && zoneadm -z kz attach -x initialize-hostdata");
  expect_identity("global1", "attach -x initialize-hostdata");

  ok("global2", "zoneadm -z kz uninstall -F && zonecfg -z kz delete -F");
  ok("global1", "zoneadm -z kz migrate ssh://global2");
  expect_identity("global2", "cold migration");

  ok("global2", "zoneadm -z kz boot && zoneadm -z kz migrate ssh://global1");
  expect_identity("global1", "live migration");

  ok("global1", "zoneadm -z kz suspend && zoneadm -z kz migrate ssh://global2");
  expect_identity("global2", "warm migration");

  ok("global2", "zoneadm -z kz boot");
  ok("global2", "svccfg -s system/zones/zone", "setprop evacuation/target=ssh://global1\nexit\n");
  ok("global2", "svcadm refresh svc:/system/zones && sysadm maintain -s && sysadm evacuate");
  expect_identity("global1", "evacuation");
  ok("global2", "sysadm maintain -e && sysadm evacuate -r");
  expect_identity("global2", "return from evacuation");

  ok("global2", fmt::format("zoneadm -z kz move -p {}", kMoved));
  expect_identity("global2", "zoneadm move");

  persistence::ContentSink sink{[](const std::string& content) { return content; },
                                [](const std::string&, const std::string&, const std::string& content) { return content; }};
  const nlohmann::json document = persistence::encode_world(*world, sink);
  world = persistence::decode_world(document, [](const std::string& content) { return content; }, "world.json");
  expect_identity("global2", "--world save and load");
}

TEST_F(ZoneIdentity, ListNeverShowsAnEmptyUuidForAnInstalledZone) {
  ok("global1", "zoneadm -z kz detach");
  copy_configuration("global1", "global2");
  ok("global2", "zoneadm -z kz attach -x force-takeover");
  const std::string listed = run("global2", "zoneadm list -cp").out;
  EXPECT_EQ(listed.find("::solaris-kz:"), std::string::npos) << listed;
  expect_identity("global2", "force-takeover on another host");
}

}  // namespace
}  // namespace kzsim::zones
