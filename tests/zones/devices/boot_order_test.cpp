// Boot order (bootpri, then id; devices without bootpri are not boot devices) and the zone's
// root pool on its boot devices, mirrored when there are several.
#include <gtest/gtest.h>

#include "tests/zones/network/network_fixture.hpp"
#include "zones/devices/zone_disks.hpp"

namespace kzsim::zones {
namespace {

class BootOrder : public testing::NetworkTest {
 protected:
  static Resource device(int id, std::optional<int> bootpri) {
    Resource resource{"device", {}, {}};
    resource.set("id", std::to_string(id));
    if (bootpri) resource.set("bootpri", std::to_string(*bootpri));
    return resource;
  }
  static std::vector<int> ids(const std::vector<ZoneDisk>& disks) {
    std::vector<int> result;
    for (const auto& disk : disks) result.push_back(disk.id);
    return result;
  }
};

TEST_F(BootOrder, SortsByBootpriThenIdAndSkipsDataDisks) {
  Zone& zone = add_zone("kz1", {device(3, 1), device(0, 2), device(2, std::nullopt), device(1, 1)});
  const auto disks = zone_disks(*host, zone);
  EXPECT_EQ(ids(disks), (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(ids(boot_order(disks)), (std::vector<int>{1, 3, 0}));
}

TEST_F(BootOrder, SeveralBootDevicesMirrorTheRootPool) {
  add_zone("kz1", {device(0, 5), device(1, 4), device(2, std::nullopt)});
  EXPECT_EQ(run("zlogin kz1 zpool status rpool").out,
            "  pool: rpool\n state: ONLINE\n  scan: none requested\nconfig:\n\n"
            "\tNAME        STATE     READ WRITE CKSUM\n"
            "\trpool       ONLINE       0     0     0\n"
            "\t  mirror-0  ONLINE       0     0     0\n"
            "\t    c1d1    ONLINE       0     0     0\n"
            "\t    c1d0    ONLINE       0     0     0\n\n"
            "errors: No known data errors\n");
}

TEST_F(BootOrder, OneBootDeviceIsAPlainPool) {
  add_zone("kz1", {device(0, 0), device(1, std::nullopt)});
  const auto status = run("zlogin kz1 zpool status").out;
  EXPECT_NE(status.find("\trpool       ONLINE       0     0     0\n\t  c1d0      ONLINE       0     0     0\n"),
            std::string::npos)
      << status;
  EXPECT_EQ(status.find("mirror"), std::string::npos);
}

TEST_F(BootOrder, ZpoolRefusesAPoolTheZoneDoesNotHave) {
  add_zone("kz1", {device(0, 0)});
  EXPECT_EQ(run("zlogin kz1 zpool status tank").err, "cannot open 'tank': no such pool\n");
}

}  // namespace
}  // namespace kzsim::zones
