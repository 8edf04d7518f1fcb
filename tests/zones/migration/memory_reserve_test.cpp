// Live migration of a zone that takes its memory from a reservation pool needs the same pool
// enabled on the target, in pages not smaller than those backing the zone on the source (guide
// ch.2 "Memory Reservation Pools for Kernel Zones").
#include <gtest/gtest.h>

#include "tests/zones/migration/live_world.hpp"

namespace kzsim::zones {
namespace {

using testing::CaptureStreams;
using testing::LiveWorld;

constexpr std::string_view kEnablePool =
    "svccfg -s svc:/system/memory-reserve:zones setprop config/size=16g && "
    "svccfg -s svc:/system/memory-reserve:zones setprop config/pagesize-policy=fixed && "
    "svccfg -s svc:/system/memory-reserve:zones setprop config/pagesize={} && "
    "svcadm enable svc:/system/memory-reserve:zones";

// kz (4G) runs on global1 from a pool of `source_page_size` pages; global2 has a pool of
// `target_page_size` pages, or none when it is empty.
struct PoolWorld : LiveWorld {
  PoolWorld(std::string_view source_page_size, std::string_view target_page_size) : LiveWorld("32M") {
    expect_ok(fmt::format(kEnablePool, source_page_size), "global1");
    expect_ok("zoneadm -z kz halt && zonecfg -z kz 'select capped-memory; clear pagesize-policy; "
              "set memory-reserve=zones; end; commit' && zoneadm -z kz boot",
              "global1");
    if (!target_page_size.empty()) expect_ok(fmt::format(kEnablePool, target_page_size), "global2");
  }
  void expect_ok(const std::string& command, const std::string& host) {
    const auto done = run(command, host);
    EXPECT_EQ(done.exit, 0) << command << "\n" << done.err;
  }
};

struct PoolRefusal {
  std::string_view source_page_size, target_page_size;  // "": no pool on the target
  std::string_view error;
};

TEST(MemoryReservePool, DisabledOrSmallerOnTheTargetRefusesLiveMigration) {
  const PoolRefusal refusals[] = {
      {"256m", "",
       "zoneadm: zone 'kz': boot failed:\nerror: The MRP service instance svc:/system/memory-reserve:zones specified "
       "by the capped-memory:memory-reserve property is disabled on the destination host global2.\n"},
      {"2g", "256m",
       "zoneadm: zone 'kz': boot failed:\nerror: The page size of the MRP service on the destination host global2 "
       "(256M) cannot be smaller than the page size on the source host global1 (2G).\n"},
  };
  for (const PoolRefusal& refusal : refusals) {
    SCOPED_TRACE(fmt::format("{} -> {}", refusal.source_page_size, refusal.target_page_size));
    PoolWorld world(refusal.source_page_size, refusal.target_page_size);
    CaptureStreams streams;
    EXPECT_EQ(world.migrate(streams, true), 1);
    EXPECT_EQ(streams.err_text(), refusal.error);
    EXPECT_TRUE(world.running_on("global1"));
  }
}

TEST(MemoryReservePool, SameOrLargerPagesOnTheTargetMigrate) {
  for (const std::string_view page_size : {"256m", "2g"}) {
    SCOPED_TRACE(page_size);
    PoolWorld world("256m", page_size);
    CaptureStreams streams;
    EXPECT_EQ(world.migrate(streams), 0) << streams.err_text();
    EXPECT_TRUE(world.running_on("global2"));
  }
}

}  // namespace
}  // namespace kzsim::zones
