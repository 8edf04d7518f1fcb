// zpool list inside a kernel zone: the Solaris columns, sizes from the pools' disks, -H, -o and
// --json from the same rows.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/zones/network/network_fixture.hpp"

namespace kzsim::zones {
namespace {

constexpr std::string_view kLun = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D6000";

class ZpoolList : public testing::NetworkTest {
 protected:
  // c1d0 the default root zvol; c1d1 and c1d2 1G LUNs; c1d3 a LUN of no given size.
  void SetUp() override {
    NetworkTest::SetUp();
    std::vector<Resource> devices;
    for (int id = 0; id < 4; ++id) {
      Resource device{"device", {}, {}};
      device.set("id", std::to_string(id));
      if (id == 0) device.set("bootpri", "0");
      else device.set("storage", fmt::format("{}{}", kLun, id));
      devices.push_back(device);
    }
    for (int id = 1; id < 3; ++id) world.add_storage({fmt::format("{}{}", kLun, id), GiB, {}, true, {}});
    add_zone("kz1", devices);
  }
};

TEST_F(ZpoolList, TheRootPoolOnTheDefaultZvol) {
  const auto listed = run("zlogin kz1 zpool list");
  EXPECT_EQ(listed.exit, 0) << listed.err;
  EXPECT_EQ(listed.out,
            "NAME    SIZE  ALLOC   FREE  CAP  DEDUP  HEALTH  ALTROOT\n"
            "rpool    16G     4G    12G  25%  1.00x  ONLINE  -\n");
}

TEST_F(ZpoolList, ACreatedPoolStripesOverItsDisksAndAnUnknownSizeIsADash) {
  ASSERT_EQ(run("zlogin kz1 zpool create tank c1d1 c1d2").exit, 0);
  ASSERT_EQ(run("zlogin kz1 zpool create data c1d3").exit, 0);
  EXPECT_EQ(run("zlogin kz1 zpool list tank data").out,
            "NAME   SIZE  ALLOC   FREE  CAP  DEDUP  HEALTH  ALTROOT\n"
            "tank     2G    80K  2.00G   0%  1.00x  ONLINE  -\n"
            "data      -      -      -    -  1.00x  ONLINE  -\n");
  EXPECT_EQ(run("zlogin kz1 zpool list -H -o name,size,capacity").out, "rpool\t16G\t25%\ntank\t2G\t0%\ndata\t-\t-\n");
}

TEST_F(ZpoolList, JsonIsTheRowsOfTheColumnsShown) {
  ASSERT_EQ(run("zlogin kz1 zpool create tank c1d1 c1d2").exit, 0);
  const auto json = nlohmann::json::parse(run("zlogin kz1 zpool list -o name,alloc,free,dedup tank --json").out);
  EXPECT_EQ(json, nlohmann::json::parse(R"([{"name": "tank", "alloc": 81920, "free": 2147401728, "dedup": 1.0}])"));
  const auto all = nlohmann::json::parse(run("zlogin kz1 zpool list --json").out);
  EXPECT_EQ(all[0]["size"], 16 * GiB);
  EXPECT_EQ(all[0]["cap"], 25);
  EXPECT_TRUE(all[0]["altroot"].is_null());
}

TEST_F(ZpoolList, UnknownPoolsAndFieldsAreRefused) {
  const auto pool = run("zlogin kz1 zpool list tank");
  EXPECT_EQ(pool.exit, 1);
  EXPECT_EQ(pool.err, "cannot open 'tank': no such pool\n");
  const auto field = run("zlogin kz1 zpool list -o name,frag");
  EXPECT_EQ(field.exit, 2);
  EXPECT_EQ(field.err, "zpool: field 'frag' is not modelled; expected name, size, alloc, free, cap, dedup, health or altroot\n");
  EXPECT_EQ(run("zlogin kz1 zpool list -x").err,
            "zpool: illegal option -- x\nzpool: expected zpool status [pool] [--json], zpool list [-H] [-o field[,...]] "
            "[pool]... [--json] or zpool create pool disk...\n");
}

}  // namespace
}  // namespace kzsim::zones
