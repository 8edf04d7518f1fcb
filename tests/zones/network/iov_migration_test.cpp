// Warm/live migration and suspend of zones with SR-IOV anets need 11.4 everywhere.
#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"
#include "zones/network/iov_migration.hpp"

namespace kzsim::zones {
namespace {

class IovMigration : public ::testing::Test {
 protected:
  catalog::CpuModel sparc = testing::sparc_model();
  Host src = testing::host_on(sparc, "src");
  Host dst = testing::host_on(sparc, "dst");
  Zone zone = [] {
    Zone made;
    made.name = "kz1";
    made.guest_os = catalog::Version{{11, 4, 36}};
    Resource anet{"anet", {}, {}};
    anet.set("id", "0");
    anet.set("iov", "auto");
    made.config.resources.push_back(anet);
    return made;
  }();
};

TEST_F(IovMigration, AllowedWhenEverythingRuns114) { EXPECT_FALSE(iov_migration_refusal(zone, src, dst)); }

TEST_F(IovMigration, RefusedWhenTheSourceHostIsOlder) {
  src.os = catalog::Version{{11, 3}};
  EXPECT_EQ(*iov_migration_refusal(zone, src, dst),
            "anet iov is enabled and source host src runs Oracle Solaris 11.3; warm and live migration of such a "
            "zone need Oracle Solaris 11.4 on both hosts and in the zone; expected a cold migration");
}

TEST_F(IovMigration, RefusedWhenTheTargetHostIsOlder) {
  dst.os = catalog::Version{{11, 3}};
  EXPECT_NE(iov_migration_refusal(zone, src, dst)->find("target host dst runs Oracle Solaris 11.3"), std::string::npos);
}

TEST_F(IovMigration, RefusedWhenTheZoneIsOlder) {
  zone.guest_os = catalog::Version{{11, 3}};
  EXPECT_NE(iov_migration_refusal(zone, src, dst)->find("zone kz1 runs Oracle Solaris 11.3"), std::string::npos);
}

TEST_F(IovMigration, IovOffOrNoAnetIsNeverRefused) {
  src.os = catalog::Version{{11, 3}};
  zone.config.resources.front().set("iov", "off");
  EXPECT_FALSE(iov_migration_refusal(zone, src, dst));
  zone.config.resources.clear();
  EXPECT_FALSE(iov_migration_refusal(zone, src, dst));
}

TEST_F(IovMigration, TheLiveConfigurationDecidesForARunningZone) {
  src.os = catalog::Version{{11, 3}};
  zone.live = zone.config;
  zone.live->resources.front().set("iov", "off");
  EXPECT_FALSE(iov_migration_refusal(zone, src, dst));
  zone.live->resources.front().set("iov", "on");
  EXPECT_TRUE(iov_migration_refusal(zone, src, dst));
}

TEST_F(IovMigration, SuspendNeeds114OnTheHostAndInTheZone) {
  EXPECT_FALSE(iov_suspend_refusal(zone, src));
  zone.guest_os = catalog::Version{{11, 3}};
  EXPECT_EQ(*iov_suspend_refusal(zone, src),
            "anet iov is enabled and zone kz1 runs Oracle Solaris 11.3; suspending such a zone needs Oracle Solaris "
            "11.4 on the host and in the zone; expected a shutdown instead");
  zone.guest_os = catalog::Version{{11, 4}};
  src.os = catalog::Version{{11, 3}};
  EXPECT_NE(iov_suspend_refusal(zone, src)->find("host src runs Oracle Solaris 11.3"), std::string::npos);
}

}  // namespace
}  // namespace kzsim::zones
