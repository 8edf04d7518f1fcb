// zlogin, guest dladm show-phys for each release pairing (and its --json), lofi devices, rmformat
// and eject.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/zones/network/network_fixture.hpp"
#include "zones/network/link_properties.hpp"

namespace kzsim::zones {
namespace {

class Guest : public testing::NetworkTest {
 protected:
  Zone& iov_zone() {
    host->files.write("/etc/dladm/datalink.conf", "phys net0 ixgbe0 10000 up\nphys net1 ixgbe1 10000 up iov=on\n");
    return add_zone("kzone", {anet(0, {{"lower-link", "net1"}, {"iov", "auto"}})});
  }
};

TEST_F(Guest, ZloginRefusesUnknownAndStoppedZones) {
  add_zone("kz1", {anet(0)}, false);
  EXPECT_EQ(run("zlogin kz9 dladm show-phys").err,
            "zlogin: zone 'kz9' does not exist; expected a zone zoneadm list -c shows\n");
  EXPECT_EQ(run("zlogin kz1 dladm show-phys").err, "zlogin: login allowed only to running zones (kz1 is 'installed').\n");
  add_zone("kz2", {anet(0)});
  const auto missing = run("zlogin kz2 frob");
  EXPECT_EQ(missing.exit, 127);
  EXPECT_EQ(missing.err, "frob: command not found\n");
}

TEST_F(Guest, IdsOrderTheGuestLinks) {
  add_zone("kzone1", {anet(0), anet(3)});
  EXPECT_EQ(run("zlogin kzone1 dladm show-phys -i").out,
            "LINK          MEDIA      ID      DEVICE      ACTIVE      STANDBY\n"
            "net0          Ethernet   anet:0  vnic1000    --          zvnet0\n"
            "net1          Ethernet   anet:3  vnic1001    --          zvnet1\n");
}

TEST_F(Guest, VirtualFunctionOn114HostAnd114Guest) {
  iov_zone();
  EXPECT_EQ(run("zlogin kzone dladm show-phys -i").out,
            "LINK          MEDIA      ID      DEVICE      ACTIVE      STANDBY\n"
            "net0          Ethernet   anet:0  vnic1000    ixgbevf0    zvnet0\n");
}

TEST_F(Guest, VirtualFunctionOn114HostAnd113Guest) {
  iov_zone().guest_os = catalog::Version{{11, 3}};
  EXPECT_EQ(run("zlogin kzone dladm show-phys -i").out,
            "LINK          MEDIA      STATE      SPEED  DUPLEX    DEVICE\n"
            "net0          Ethernet   down       0      unknown   ixgbevf0\n");
}

TEST_F(Guest, VirtualFunctionOn113HostHasNoStandby) {
  iov_zone();
  host->os = catalog::Version{{11, 3}};
  EXPECT_EQ(run("zlogin kzone dladm show-phys -i").out,
            "LINK          MEDIA      ID      DEVICE      ACTIVE      STANDBY\n"
            "net0          Ethernet   anet:0  vnic1000    ixgbevf0    --\n");
}

TEST_F(Guest, AllowedAddressesAndVidsWrapAtTheirColumns) {
  Resource dynamic = anet(0);
  Resource mac{"mac", {}, {}};
  mac.properties.push_back({"allowed-mac-address", PropertyValue{"", {"fa:16:3f", "fa:80:20:21:22"}, true}});
  Resource vlan{"vlan", {}, {}};
  vlan.properties.push_back({"allowed-vlan-ids", PropertyValue{"", {"100-199", "400-498", "500"}, true}});
  dynamic.children = {mac, vlan};
  add_zone("kzone1", {dynamic});
  EXPECT_EQ(run("zlogin kzone1 dladm show-phys -o link,media,id,allowed-addresses,allowed-vids").out,
            "LINK          MEDIA      ID      ALLOWED-ADDRESSES ALLOWED-VIDS\n"
            "net0          Ethernet   anet:0  fa:16:3f,         100-199,\n"
            "                                 fa:80:20:21:22    400-498,500\n");
  EXPECT_EQ(run("zlogin kzone1 dladm show-phys -o link,colour").err,
            "dladm: invalid field 'colour'; expected some of link,media,state,speed,duplex,device,id,active,"
            "standby,allowed-addresses,allowed-vids\n");
}

TEST_F(Guest, MacSlotsAndVlans) {
  Resource with_macs = anet(1, {{"mac-address", "2:8:20:42:cf:83"}});
  for (const char* address : {"2:8:20:f4:e1:b1", "2:8:20:38:67:f3"}) {
    Resource mac{"mac", {}, {}};
    mac.set("mac-address", address);
    with_macs.children.push_back(mac);
  }
  for (const char* vid : {"20", "40"}) {
    Resource vlan{"vlan", {}, {}};
    vlan.set("vlan-id", vid);
    with_macs.children.push_back(vlan);
  }
  add_zone("kzone", {anet(0), with_macs});
  EXPECT_EQ(run("zlogin kzone dladm show-phys -m net1").out,
            "LINK      SLOT      ADDRESS          INUSE CLIENT\n"
            "net1      primary   2:8:20:42:cf:83  yes   net1\n"
            "          1         2:8:20:f4:e1:b1  no    --\n"
            "          2         2:8:20:38:67:f3  no    --\n");
  EXPECT_EQ(run("zlogin kzone dladm show-phys -v").out,
            "LINK  VID  INUSE  CLIENT\n"
            "net1  40   no     --\n"
            "      20   no     --\n");
  // --json names the link on every row, where the text names it on its first line only
  const auto slots = nlohmann::ordered_json::parse(run("zlogin kzone dladm show-phys -m net1 --json").out);
  ASSERT_EQ(slots.size(), 3u);
  EXPECT_EQ(slots[2], nlohmann::ordered_json({{"link", "net1"}, {"slot", 2}, {"address", "2:8:20:38:67:f3"},
                                              {"inuse", "no"}, {"client", "--"}}));
  const auto vids = nlohmann::ordered_json::parse(run("zlogin kzone dladm show-phys -v --json").out);
  ASSERT_EQ(vids.size(), 2u);
  EXPECT_EQ(vids[1], nlohmann::ordered_json({{"link", "net1"}, {"vid", 20}, {"inuse", "no"}, {"client", "--"}}));
}

TEST_F(Guest, LofiCdromInsertedSeenAndEjected) {
  EXPECT_EQ(run("lofiadm -r").out, "/dev/lofi/1\n");
  host->files.write("/root/repo.iso", std::string(2'000'000, 'x'));
  Resource root{"device", {}, {}};
  root.set("id", "0");
  Resource cdrom{"device", {}, {}};
  cdrom.set("storage", "dev:/dev/lofi/1");
  cdrom.set("id", "1");
  add_zone("kzone", {root, cdrom});
  EXPECT_EQ(run("lofiadm -r /root/repo.iso /dev/lofi/1").exit, 0);
  EXPECT_EQ(run("lofiadm").out,
            "Block Device          File                      Options\n"
            "/dev/lofi/1           /root/repo.iso            Removable, Readonly\n");
  const std::string listing = run("zlogin kzone rmformat -l").out;
  EXPECT_NE(listing.find("2. Logical Node: /dev/rdsk/c1d1p0\n   Physical Node: /zvnex/zvblk@1\n"), std::string::npos);
  EXPECT_NE(listing.find("   Size: 2.0 MB\n"), std::string::npos);
  EXPECT_EQ(run("zlogin kzone eject cdrom").exit, 0);
  EXPECT_EQ(run("lofiadm").out,
            "Block Device          File                      Options\n"
            "/dev/lofi/1           -                         Removable, Readonly\n");
  EXPECT_EQ(run("zlogin kzone eject cdrom").err,
            "eject: no medium in a cdrom of zone kzone; expected an image inserted with lofiadm -r\n");
}

TEST_F(Guest, LofiadmRefusals) {
  EXPECT_EQ(run("lofiadm -r /root/none.iso /dev/lofi/1").err,
            "lofiadm: image '/root/none.iso' does not exist; expected a file on global\n"
            "usage: lofiadm [-r [IMAGE DEVICE]] | -a FILE\n");
  host->files.write("/root/a.iso", "iso");
  EXPECT_EQ(run("lofiadm -a /root/a.iso").out, "/dev/lofi/1\n");
  EXPECT_EQ(run("lofiadm -r /root/a.iso /dev/lofi/1").err,
            "lofiadm: '/dev/lofi/1' is not a removable lofi device; expected one lofiadm -r created\n"
            "usage: lofiadm [-r [IMAGE DEVICE]] | -a FILE\n");
}

}  // namespace
}  // namespace kzsim::zones
