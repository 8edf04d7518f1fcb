// anets become VNICs while their zone runs: names, order, MAC addresses, VLANs, SR-IOV functions.
#include <gtest/gtest.h>

#include <regex>

#include "tests/zones/network/network_fixture.hpp"
#include "zones/network/anet_links.hpp"
#include "zones/network/link_properties.hpp"

namespace kzsim::zones {
namespace {

using testing::NetworkTest;

class AnetLinks : public NetworkTest {
 protected:
  Datalinks links = default_datalinks(catalog::Arch::Sparc);
};

TEST_F(AnetLinks, OnlyRunningZonesHaveVnics) {
  add_zone("kz1", {anet(0)});
  add_zone("kz2", {anet(0)}, false);
  const auto vnics = anet_links(*host, links);
  ASSERT_EQ(vnics.size(), 1u);
  EXPECT_EQ(vnics[0].host_name, "kz1/net0");
}

TEST_F(AnetLinks, IdsOrderTheGuestsLinksAndNameTheHostsVnics) {
  add_zone("kzone1", {anet(3), anet(0)});
  const auto vnics = anet_links(*host, links);
  ASSERT_EQ(vnics.size(), 2u);
  EXPECT_EQ(vnics[0].host_name, "kzone1/net0");
  EXPECT_EQ(vnics[0].guest_index, 0);
  EXPECT_EQ(vnics[1].host_name, "kzone1/net3");
  EXPECT_EQ(vnics[1].guest_index, 1);
}

TEST_F(AnetLinks, AutoLowerLinkIsTheFirstNicThatIsUp) {
  links.physical[0].state = "down";
  add_zone("kz1", {anet(0), anet(1, {{"lower-link", "net5"}})});
  const auto vnics = anet_links(*host, links);
  EXPECT_EQ(vnics[0].over, "net1");
  EXPECT_EQ(vnics[1].over, "net5");
}

TEST_F(AnetLinks, FixedMacIsKeptAndAutoMacIsSeededInOraclesPrefix) {
  add_zone("kz1", {anet(0, {{"mac-address", "0:1:2:3:4:5"}}), anet(1)});
  const auto vnics = anet_links(*host, links);
  EXPECT_EQ(vnics[0].mac, "0:1:2:3:4:5");
  EXPECT_EQ(vnics[0].mac_type, "fixed");
  EXPECT_EQ(vnics[1].mac_type, "random");
  EXPECT_TRUE(std::regex_match(vnics[1].mac, std::regex("2:8:20(:[0-9a-f]{1,2}){3}"))) << vnics[1].mac;
  EXPECT_EQ(anet_links(*host, links)[1].mac, vnics[1].mac);
  host->rng = SeededRandom(99);
  EXPECT_NE(anet_links(*host, links)[1].mac, vnics[1].mac);
}

TEST_F(AnetLinks, MacResourcesAddSlotsUnlessTheyOnlyAllowPrefixes) {
  Resource with_macs = anet(1);
  with_macs.children = {Resource{"mac", {}, {}}, Resource{"mac", {}, {}}};
  Resource prefixes{"mac", {}, {}};
  prefixes.properties.push_back({"allowed-mac-address", PropertyValue{"", {"fa:16:3f", "fa:80:20:21:22"}, true}});
  with_macs.children.push_back(prefixes);
  add_zone("kz1", {with_macs});
  const auto vnic = anet_links(*host, links).front();
  ASSERT_EQ(vnic.extra_macs.size(), 2u);
  EXPECT_NE(vnic.extra_macs[0], vnic.extra_macs[1]);
  EXPECT_EQ(vnic.allowed_mac_prefixes, (std::vector<std::string>{"fa:16:3f", "fa:80:20:21:22"}));
}

TEST_F(AnetLinks, PvidAndExtraVlans) {
  Resource tagged = anet(0, {{"vlan-id", "11"}});
  for (const char* vid : {"45", "46"}) {
    Resource vlan{"vlan", {}, {}};
    vlan.set("vlan-id", vid);
    tagged.children.push_back(vlan);
  }
  Resource ranges{"vlan", {}, {}};
  ranges.properties.push_back({"allowed-vlan-ids", PropertyValue{"", {"100-199"}, true}});
  tagged.children.push_back(ranges);
  add_zone("kzone0", {tagged});
  const auto vnic = anet_links(*host, links).front();
  EXPECT_EQ(vnic.pvid, 11);
  EXPECT_EQ(vnic.extra_vids, (std::vector<int>{45, 46}));
  EXPECT_EQ(vnic.allowed_vids, (std::vector<std::string>{"100-199"}));
}

TEST_F(AnetLinks, VirtualFunctionOnlyFromALinkWithIovOn) {
  add_zone("kz1", {anet(0, {{"lower-link", "net1"}, {"iov", "auto"}}), anet(1, {{"lower-link", "net1"}})});
  EXPECT_TRUE(anet_links(*host, links)[0].vf_device.empty());
  ASSERT_FALSE(set_iov(links, "net1", "on"));
  const auto vnics = anet_links(*host, links);
  EXPECT_EQ(vnics[0].vf_port, "net1");
  EXPECT_EQ(vnics[0].vf_device, "ixgbevf0");
  EXPECT_TRUE(vnics[1].vf_device.empty()) << "iov=off takes no function";
}

TEST_F(AnetLinks, DlmpAggregationGivesFunctionsFromItsPortsInTurn) {
  ASSERT_FALSE(set_iov(links, "net3", "on"));
  ASSERT_FALSE(set_iov(links, "net4", "on"));
  links.aggregations.push_back({"dlmp0", "dlmp", {"net3", "net4"}, {}});
  add_zone("kz1", {anet(0, {{"lower-link", "dlmp0"}, {"iov", "auto"}})});
  add_zone("kz2", {anet(0, {{"lower-link", "dlmp0"}, {"iov", "auto"}})});
  const auto vnics = anet_links(*host, links);
  EXPECT_EQ(vnics[0].vf_port, "net3");
  EXPECT_EQ(vnics[1].vf_port, "net4");
  EXPECT_EQ(vnics[1].vf_device, "ixgbevf0");
}

TEST_F(AnetLinks, FunctionsRunOutAfterSixtyThreePerPort) {
  ASSERT_FALSE(set_iov(links, "net1", "on"));
  std::vector<Resource> anets;
  for (int id = 0; id <= kVirtualFunctionsPerPort; ++id) anets.push_back(anet(id, {{"lower-link", "net1"}, {"iov", "auto"}}));
  add_zone("kz1", anets);
  const auto vnics = anet_links(*host, links);
  EXPECT_EQ(vnics[kVirtualFunctionsPerPort - 1].vf_port, "net1");
  EXPECT_TRUE(vnics[kVirtualFunctionsPerPort].vf_port.empty());
}

TEST_F(AnetLinks, IpoibAnetIsInfiniband) {
  add_zone("kz1", {anet(0, {{"pkey", "0x8001"}, {"linkmode", "cm"}})});
  const auto vnic = anet_links(*host, links).front();
  EXPECT_EQ(vnic.media, "Infiniband");
  EXPECT_EQ(vnic.pkey, "0x8001");
  EXPECT_EQ(vnic.linkmode, "cm");
}

}  // namespace
}  // namespace kzsim::zones
