#include "zones/advisor/migration_reasons.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"

namespace kzsim::zones {
namespace {

namespace gt = ::testing;

class MigrationReasons : public ::testing::Test {
 protected:
  const catalog::CpuModel& t5 = catalog::Catalog::builtin().require_model("sparc-t5");
  World world;

  void SetUp() override {
    world.add_host(testing::host_on(t5, "src"));
    world.add_host(testing::host_on(t5, "dst"));
  }

  Zone& running_zone() {
    Zone zone;
    zone.name = "kz1";
    zone.state = ZoneState::Running;
    zone.config.brand = "solaris-kz";
    zone.config.resources.push_back(Resource{"device", {}, {}});  // the local zvol zoneadm install makes
    zone.live = zone.config;
    return world.find_host("src")->zones[zone.name] = zone;
  }
};

TEST_F(MigrationReasons, ListsLocalStorageAndUnreachableTargetTogether) {
  world.add_link(Link{{"dst", "src"}, 10'000'000'000ULL, std::chrono::microseconds(100), false});
  const Zone& zone = running_zone();
  const auto reasons = migration_reasons(world, *world.find_host("src"), *world.find_host("dst"), zone, "root");
  const auto from_all_methods = gt::Field(&MigrationReason::section, "Requirements for All Kernel Zone Migration Methods");
  EXPECT_THAT(reasons, gt::Contains(gt::AllOf(gt::Field(&MigrationReason::reason,
                                                        gt::HasSubstr("dst is unreachable from src")),
                                              from_all_methods)));
  EXPECT_THAT(reasons, gt::Contains(gt::AllOf(gt::Field(&MigrationReason::reason,
                                                        gt::HasSubstr("VARSHARE/zones/kz1/disk0 is not a shared")),
                                              from_all_methods)));
}

TEST_F(MigrationReasons, EveryLocalDeviceIsNamed) {
  Zone& zone = running_zone();
  Resource second{"device", {}, {}};
  second.set("storage", "dev:/dev/dsk/c0t1d0");
  zone.config.resources.push_back(second);
  const auto reasons = migration_reasons(world, *world.find_host("src"), *world.find_host("dst"), zone, "root");
  EXPECT_THAT(reasons, gt::Contains(gt::Field(&MigrationReason::reason, gt::HasSubstr("kz1/disk0 is not a shared"))));
  EXPECT_THAT(reasons, gt::Contains(gt::Field(&MigrationReason::reason, gt::HasSubstr("c0t1d0 is not a shared"))));
}

TEST_F(MigrationReasons, ConfiguredZoneCannotMigrate) {
  Zone& zone = running_zone();
  zone.state = ZoneState::Configured;
  const auto reasons = migration_reasons(world, *world.find_host("src"), *world.find_host("dst"), zone, "root");
  EXPECT_THAT(reasons,
              gt::Contains(gt::Field(&MigrationReason::reason, gt::HasSubstr("zone kz1 is configured; expected"))));
}

// zoneadm stops at the first host rule that fails; the advisor names every one.
TEST_F(MigrationReasons, EveryFailingHostRuleIsListedWithItsSection) {
  const Zone& zone = running_zone();
  Host& source = *world.find_host("src");
  Host& target = *world.find_host("dst");
  target.os = catalog::Version{{11, 2}};
  for (Host* host : {&source, &target}) host->services.instances("ntp").front()->state = ServiceState::Disabled;
  target.services.instances("kz-migr").front()->state = ServiceState::Disabled;
  const auto reasons = migration_reasons(world, source, target, zone, "root");
  const auto reason = [](std::string_view text, std::string_view section) {
    return gt::AllOf(gt::Field(&MigrationReason::reason, gt::HasSubstr(std::string(text))),
                     gt::Field(&MigrationReason::section, std::string(section)));
  };
  constexpr std::string_view kWarmAndLive = "Additional Requirements for Kernel Zone Warm Migration and Live Migration";
  EXPECT_THAT(reasons, gt::Contains(reason("dst runs Oracle Solaris 11.2; live migration needs", kWarmAndLive)));
  EXPECT_THAT(reasons, gt::Contains(reason("svc:/network/ntp:default is not online on src", kWarmAndLive)));
  EXPECT_THAT(reasons, gt::Contains(reason("svc:/network/ntp:default is not online on dst", kWarmAndLive)));
  EXPECT_THAT(reasons, gt::Contains(reason("svc:/network/kz-migr:stream is not online on dst",
                                           "Additional Requirements for Kernel Zone Live Migration")));
}

}  // namespace
}  // namespace kzsim::zones
