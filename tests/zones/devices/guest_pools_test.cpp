// zpool create inside a kernel zone: a pool on disks of the zone that no pool uses, listed by
// zpool status after rpool and kept with the zone.
#include <gtest/gtest.h>

#include "tests/zones/network/network_fixture.hpp"

namespace kzsim::zones {
namespace {

class GuestPools : public testing::NetworkTest {
 protected:
  static Resource device(int id) {
    Resource resource{"device", {}, {}};
    resource.set("id", std::to_string(id));
    if (id == 0) resource.set("bootpri", "0");
    return resource;
  }
  void SetUp() override {
    NetworkTest::SetUp();
    add_zone("kz1", {device(0), device(1), device(2)});
  }
};

constexpr std::string_view kTankStatus =
    "  pool: tank\n state: ONLINE\n  scan: none requested\nconfig:\n\n"
    "\tNAME        STATE     READ WRITE CKSUM\n"
    "\ttank        ONLINE       0     0     0\n"
    "\t  c1d1      ONLINE       0     0     0\n"
    "\t  c1d2      ONLINE       0     0     0\n\n"
    "errors: No known data errors\n";

TEST_F(GuestPools, CreateMakesAPoolThatStatusShowsAfterRpool) {
  const auto created = run("zlogin kz1 zpool create tank c1d1 c1d2");
  EXPECT_EQ(created.exit, 0) << created.err;
  EXPECT_EQ(run("zlogin kz1 zpool status tank").out, kTankStatus);
  const std::string all = run("zlogin kz1 zpool status").out;
  EXPECT_TRUE(all.starts_with("  pool: rpool\n")) << all;
  EXPECT_TRUE(all.ends_with("errors: No known data errors\n\n" + std::string(kTankStatus))) << all;
  ASSERT_EQ(host->find_zone("kz1")->pools.size(), 1u);
  EXPECT_EQ(host->find_zone("kz1")->pools[0].disks, (std::vector<std::string>{"c1d1", "c1d2"}));
}

TEST_F(GuestPools, CreateRefusesAnExistingPoolAnUnknownDiskARepeatedDiskAndADiskInUse) {
  EXPECT_EQ(run("zlogin kz1 zpool create rpool c1d1").err, "cannot create 'rpool': pool already exists\n");
  EXPECT_EQ(run("zlogin kz1 zpool create tank c1d7").err,
            "cannot open 'c1d7': no such device in /dev/dsk; expected a disk of zone kz1 (c1dN for its device id N)\n");
  EXPECT_EQ(run("zlogin kz1 zpool create tank c1d0").err,
            "invalid vdev specification\n/dev/dsk/c1d0 is part of active ZFS pool rpool; expected a disk no pool uses\n");
  EXPECT_EQ(run("zlogin kz1 zpool create tank c1d1 c1d1").err,
            "invalid vdev specification\n/dev/dsk/c1d1 is given twice; expected each disk once\n");
  ASSERT_EQ(run("zlogin kz1 zpool create tank c1d1").exit, 0);
  EXPECT_EQ(run("zlogin kz1 zpool create data c1d1").err,
            "invalid vdev specification\n/dev/dsk/c1d1 is part of active ZFS pool tank; expected a disk no pool uses\n");
  EXPECT_EQ(run("zlogin kz1 zpool create tank c1d2").err, "cannot create 'tank': pool already exists\n");
  EXPECT_EQ(host->find_zone("kz1")->pools.size(), 1u);
}

TEST_F(GuestPools, OtherFormsAreRefusedWithTheModelledOnes) {
  constexpr std::string_view kExpected =
      "zpool: expected zpool status [pool] [--json], zpool list [-H] [-o field[,...]] [pool]... [--json] or zpool create "
      "pool disk...\n";
  EXPECT_EQ(run("zlogin kz1 zpool iostat").err, kExpected);
  EXPECT_EQ(run("zlogin kz1 zpool create tank").err, kExpected);
}

}  // namespace
}  // namespace kzsim::zones
