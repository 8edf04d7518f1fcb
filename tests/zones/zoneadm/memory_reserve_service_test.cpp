// svc:/system/memory-reserve:zones under svcadm and svccfg: the pool is carved on enable, kept
// while zones use it, resized on refresh; failures leave maintenance or degraded with a reason.
#include <gtest/gtest.h>

#include "tests/zones/zoneadm/zoneadm_fixture.hpp"

namespace kzsim::zones {
namespace {

class MemoryReserveService : public testing::ZoneadmTest {
 protected:
  Service& pool() { return *host->services.entity("svc:/system/memory-reserve:zones"); }
  void configure(std::string size, std::string page_size = "2G") {
    pool().properties["config"] = {{"size", std::move(size)}, {"pagesize-policy", "fixed"}, {"pagesize", std::move(page_size)}};
  }
  void boot_zone_in_pool() {
    Zone& zone = add_zone("kz1", ZoneState::Installed, "4G");
    zone.config.first("capped-memory")->clear("pagesize-policy");
    zone.config.first("capped-memory")->set("memory-reserve", "zones");
    ASSERT_EQ(run("zoneadm -z kz1 boot").exit, 0);
  }
};

TEST_F(MemoryReserveService, EnableCarvesThePool) {
  configure("16G");
  ASSERT_EQ(run("svcadm enable svc:/system/memory-reserve:zones").exit, 0);
  EXPECT_EQ(pool().state, ServiceState::Online);
  EXPECT_EQ(run("mrpstat").out,
            "NAME               PAGESIZE  TOTAL_MEM   USED_MEM   FREE_MEM\n"
            "zones                    2G        16G          0        16G\n");
}

TEST_F(MemoryReserveService, AnUnsupportedPageSizeGoesToMaintenanceWithTheGuideReason) {
  configure("16G", "1M");
  run("svcadm enable svc:/system/memory-reserve:zones");
  EXPECT_EQ(pool().state, ServiceState::Maintenance);
  EXPECT_EQ(pool().reason,
            "Requested by service method: \"Invalid service configuration:\n"
            "  unsupported page size in config/pagesize.\"");
  EXPECT_EQ(run("mrpstat").out, "NAME               PAGESIZE  TOTAL_MEM   USED_MEM   FREE_MEM\n");
}

TEST_F(MemoryReserveService, EnablingMoreThanTheZonesLeaveGoesToMaintenance) {
  add_zone("big", ZoneState::Installed, "48G");
  ASSERT_EQ(run("zoneadm -z big boot").exit, 0);
  configure("32G");
  run("svcadm enable svc:/system/memory-reserve:zones");
  EXPECT_EQ(pool().state, ServiceState::Maintenance);
  EXPECT_EQ(pool().reason,
            "Requested by service method: \"Not enough contiguous free memory pages\n"
            "  to allocate capped-memory:physical value of 32GB for zone. Consider using\n"
            "  memory-reserve(8s) to facilitate reserving memory for Kernel Zones\"");
}

TEST_F(MemoryReserveService, DisableRefusesWhileAZoneUsesThePool) {
  configure("16G");
  run("svcadm enable svc:/system/memory-reserve:zones");
  boot_zone_in_pool();
  run("svcadm disable svc:/system/memory-reserve:zones");
  EXPECT_EQ(pool().state, ServiceState::Maintenance);
  EXPECT_EQ(pool().reason,
            "Requested by service method: \"Reserved memory is in use by kernel\n"
            "  zones: kz1; expected them halted first.\"");
  ASSERT_EQ(run("zoneadm -z kz1 halt").exit, 0);
  run("svcadm disable svc:/system/memory-reserve:zones");
  EXPECT_EQ(pool().state, ServiceState::Disabled);
}

TEST_F(MemoryReserveService, RefreshResizesAndDegradesWhenTheZonesNoLongerFit) {
  configure("16G");
  run("svcadm enable svc:/system/memory-reserve:zones");
  boot_zone_in_pool();
  configure("32G");
  ASSERT_EQ(run("svccfg -s svc:/system/memory-reserve:zones refresh").exit, 0);
  EXPECT_EQ(pool().state, ServiceState::Online);
  EXPECT_NE(run("mrpstat").out.find("32G"), std::string::npos);
  configure("2G");
  run("svccfg -s svc:/system/memory-reserve:zones refresh");
  EXPECT_EQ(pool().state, ServiceState::Degraded);
  configure("16G");
  run("svccfg -s svc:/system/memory-reserve:zones refresh");
  EXPECT_EQ(pool().state, ServiceState::Online);
  EXPECT_EQ(pool().reason, "");
}

}  // namespace
}  // namespace kzsim::zones
