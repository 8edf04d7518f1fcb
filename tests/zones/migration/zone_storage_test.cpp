// The boot storage migration and install check is the first device of the guide's boot order.
#include "zones/migration/zone_storage.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

Resource device(std::string id, std::optional<std::string> bootpri, std::string storage) {
  Resource resource;
  resource.type = "device";
  resource.set("id", std::move(id));
  if (bootpri) resource.set("bootpri", *bootpri);
  resource.set("storage", std::move(storage));
  return resource;
}

TEST(BootStorage, EqualBootpriGoesToTheLowestIdNotTheFirstConfigured) {
  ZoneConfig config;
  config.resources = {device("1", "0", "iscsi://a/luname.naa.1"), device("0", "0", "iscsi://a/luname.naa.0")};
  EXPECT_EQ(boot_storage("kz1", config), "iscsi://a/luname.naa.0");
}

TEST(BootStorage, LowestBootpriFirstAndDevicesWithoutBootpriLast) {
  ZoneConfig config;
  config.resources = {device("0", std::nullopt, "iscsi://a/luname.naa.0"), device("1", "2", "iscsi://a/luname.naa.1"),
                      device("2", "1", "iscsi://a/luname.naa.2")};
  EXPECT_EQ(boot_storage("kz1", config), "iscsi://a/luname.naa.2");
}

TEST(BootStorage, WithoutDevicesTheDefaultZvol) {
  EXPECT_EQ(boot_storage("kz1", ZoneConfig{}), "dev:/dev/zvol/dsk/rpool/VARSHARE/zones/kz1/disk0");
}

}  // namespace
}  // namespace kzsim::zones
