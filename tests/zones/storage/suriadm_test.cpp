// Storage URI mappings and suriadm: the device each scheme maps to, map/unmap, a running zone's
// mapping under /system/volatile/zones/ZONE, and refusals that name the URI.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/zones/network/network_fixture.hpp"
#include "zones/storage/suri_mapping.hpp"

namespace kzsim::zones {
namespace {

StorageUri parsed(std::string_view text) { return *parse_storage_uri(text).uri; }

TEST(SuriMapping, EachSchemeMapsToItsDevice) {
  EXPECT_EQ(mapped_device(parsed("dev:/dev/dsk/c9t0d0"), ""), "/dev/dsk/c9t0d0");
  EXPECT_EQ(mapped_device(parsed("dev:dsk/c9t0d0"), ""), "/dev/dsk/c9t0d0");
  EXPECT_EQ(mapped_device(parsed("lu:luname.naa.5000c5000f8f8f3b"), ""), "/dev/dsk/c0t5000C5000F8F8F3Bd0");
  EXPECT_EQ(mapped_device(parsed("iscsi://zfssa/luname.naa.600144f0dbf8af19"), ""), "/dev/dsk/c0t600144F0DBF8AF19d0");
  EXPECT_EQ(mapped_device(parsed("nfs://a:b@[fe80::1]:2049/export/kz/disk"), "/system/volatile/zones/kz1"),
            "/system/volatile/zones/kz1/fe80::1/export/kz/disk");
}

TEST(SuriMapping, AnIscsiTargetLunHasAStableDiskName) {
  const auto first = mapped_device(parsed("iscsi://host/target.iqn.2010-10.org.openstack:volume-a89c,lun.3"), "");
  EXPECT_EQ(first, mapped_device(parsed("iscsi://host/target.iqn.2010-10.org.openstack:volume-a89c,lun.3"), ""));
  EXPECT_TRUE(first.starts_with("/dev/dsk/c0t") && first.ends_with("d3")) << first;
  EXPECT_NE(first, mapped_device(parsed("iscsi://host/target.iqn.2010-10.org.openstack:volume-ffff,lun.3"), ""));
}

class Suriadm : public testing::NetworkTest {
 protected:
  static constexpr std::string_view kNfs = "nfs://admin:staff@nfs1/export/kz/disk1";
  void SetUp() override {
    NetworkTest::SetUp();
    SharedStorage storage;
    storage.uri = std::string(kNfs);
    storage.size = 16 * GiB;
    world.add_storage(storage);
  }
};

TEST_F(Suriadm, MapLookupAndUnmap) {
  EXPECT_EQ(run(fmt::format("suriadm map -p mountpoint-prefix=/var/tmp/m {}", kNfs)).exit, 0);
  EXPECT_EQ(find_mapping(*host, kNfs)->device, "/var/tmp/m/nfs1/export/kz/disk1");
  EXPECT_EQ(run(fmt::format("suriadm map {}", kNfs)).err,
            fmt::format("suriadm: map: {}: URI is already mapped to /var/tmp/m/nfs1/export/kz/disk1\n", kNfs));
  EXPECT_EQ(run(fmt::format("suriadm unmap {}", kNfs)).exit, 0);
  EXPECT_FALSE(find_mapping(*host, kNfs));
  EXPECT_EQ(run(fmt::format("suriadm map {}", kNfs)).exit, 0);
  EXPECT_EQ(find_mapping(*host, kNfs)->device, "/system/volatile/suri/nfs1/export/kz/disk1");
}

TEST_F(Suriadm, ARunningZoneMapsItsDevicesUnderItsPrefix) {
  Resource device{"device", {}, {}};
  device.set("storage", std::string(kNfs));
  device.set("id", "1");
  add_zone("kz1", {device});
  const auto mapping = find_mapping(*host, kNfs);
  ASSERT_TRUE(mapping);
  EXPECT_EQ(mapping->device, "/system/volatile/zones/kz1/nfs1/export/kz/disk1");
  EXPECT_EQ(mapping->zone, "kz1");
  host->zones["kz1"].state = ZoneState::Installed;
  EXPECT_FALSE(find_mapping(*host, kNfs));
}

TEST_F(Suriadm, LookupUriListsEveryUriOfADevice) {
  EXPECT_EQ(run("suriadm lookup-uri /dev/dsk/c0t5000C5000F8F8F3Bd0").out,
            "lu:luname.naa.5000c5000f8f8f3b\ndev:dsk/c0t5000C5000F8F8F3Bd0\n");
  EXPECT_EQ(run("suriadm lookup-uri /dev/dsk/c9t0d0").out, "dev:dsk/c9t0d0\n");
  run(fmt::format("suriadm map {}", kNfs));
  EXPECT_EQ(run("suriadm lookup-uri /system/volatile/suri/nfs1/export/kz/disk1").out, std::string(kNfs) + "\n");
  EXPECT_EQ(run("suriadm lookup-uri /system/volatile/suri/nfs1/export/kz/other").err,
            "suriadm: lookup-uri: /system/volatile/suri/nfs1/export/kz/other: no storage URI names this device\n");
}

TEST_F(Suriadm, RefusalsNameTheUriAndWhatWasExpected) {
  EXPECT_EQ(run("suriadm").err.rfind("suriadm: expected a subcommand\nusage:", 0), 0u);
  EXPECT_EQ(run("suriadm frob x").err.rfind("suriadm: unknown subcommand 'frob'; expected a subcommand", 0), 0u);
  EXPECT_EQ(run("suriadm parse").err.rfind("suriadm: parse: expected exactly one URI", 0), 0u);
  EXPECT_EQ(run("suriadm parse http://x/y").err,
            "suriadm: parse: http://x/y: not a valid storage URI; expected dev:/dev/..., "
            "iscsi://[host[:port]]/luname.naa.ID, nfs://user:group@host[:port]/path or lu:luname.naa.ID\n");
  EXPECT_EQ(run("suriadm unmap dev:/dev/dsk/c9t0d0").err,
            "suriadm: unmap: dev:/dev/dsk/c9t0d0: a dev: URI is always mapped; expected an nfs, iscsi or lu URI\n");
  EXPECT_EQ(run("suriadm map -p mountpoint-prefix=/x lu:luname.naa.5000c5000f8f8f3b").err,
            "suriadm: map: lu:luname.naa.5000c5000f8f8f3b: mountpoint-prefix applies to nfs URIs only\n");
  EXPECT_EQ(run("suriadm map nfs://admin:staff@nfs9/export/x").err,
            "suriadm: map: nfs://admin:staff@nfs9/export/x: no such storage; expected an existing LU or NFS file\n");
}

}  // namespace
}  // namespace kzsim::zones
