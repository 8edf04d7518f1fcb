// The host's datalinks: defaults per architecture, the datalink.conf format and its refusals.
#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"
#include "zones/network/aggregations.hpp"
#include "zones/network/datalinks.hpp"
#include "zones/network/link_properties.hpp"

namespace kzsim::zones {
namespace {

TEST(Datalinks, DefaultsDependOnTheArchitecture) {
  const Datalinks sparc = default_datalinks(catalog::Arch::Sparc);
  const Datalinks x86 = default_datalinks(catalog::Arch::X86);
  ASSERT_EQ(sparc.physical.size(), 8u);
  ASSERT_EQ(x86.physical.size(), 4u);
  EXPECT_EQ(sparc.physical[4].name, "net4");
  EXPECT_EQ(sparc.physical[4].device, "ixgbe4");
  EXPECT_EQ(sparc.physical[4].driver(), "ixgbe");
  EXPECT_EQ(x86.physical[0].speed_mbps, 10000);
}

TEST(Datalinks, TextRoundTripsInLinkOrder) {
  const auto parsed = parse_datalinks("phys net1 ixgbe1 10000 unknown iov=on\nphys net0 ixgbe0 1000 up\n"
                                      "aggr dlmp0 dlmp net1,net0\n");
  ASSERT_TRUE(parsed.links) << parsed.error;
  EXPECT_EQ(parsed.links->physical[0].name, "net1");
  EXPECT_EQ(parsed.links->physical[0].properties.at("iov"), "on");
  EXPECT_EQ(parsed.links->speed_mbps("dlmp0"), 10000);
  EXPECT_EQ(parsed.links->state("dlmp0"), "up");
  const auto again = parse_datalinks(datalinks_text(*parsed.links));
  ASSERT_TRUE(again.links);
  EXPECT_EQ(datalinks_text(*again.links), datalinks_text(*parsed.links));
}

TEST(Datalinks, RefusalsNameTheLineAndWhatWasExpected) {
  EXPECT_EQ(parse_datalinks("phys net0 ixgbe0 fast up\n").error,
            "/etc/dladm/datalink.conf:1: speed 'fast' of net0 is not a number of Mb/s; expected e.g. 10000");
  EXPECT_EQ(parse_datalinks("\nphys net0 ixgbe0 10 sideways\n").error,
            "/etc/dladm/datalink.conf:2: state 'sideways' of net0; expected up, down or unknown");
  EXPECT_EQ(parse_datalinks("phys net0 ixgbe 10 up\n").error,
            "/etc/dladm/datalink.conf:1: device 'ixgbe' of net0; expected a driver name and instance, e.g. ixgbe0");
  EXPECT_EQ(parse_datalinks("aggr a0 dlmp net0,net1\n").error,
            "/etc/dladm/datalink.conf:1: port 'net0' of a0 is not a NIC listed above it");
  EXPECT_EQ(parse_datalinks("phys net0 ixgbe0 10 up\nphys net0 ixgbe1 10 up\n").error,
            "/etc/dladm/datalink.conf:2: link net0 is named twice; expected each name once");
  EXPECT_EQ(parse_datalinks("vnic x\n").error, "/etc/dladm/datalink.conf:1: 'vnic' begins no datalink; expected phys or aggr");
}

TEST(Datalinks, HostWithoutConfFileHasDefaultsAndSavedChangesPersist) {
  catalog::CpuModel model = testing::x86_model();
  Host host = testing::host_on(model);
  auto links = load_datalinks(host);
  ASSERT_TRUE(links.links);
  EXPECT_EQ(links.links->physical.size(), 4u);
  ASSERT_FALSE(set_iov(*links.links, "net2", "on"));
  save_datalinks(host, *links.links);
  EXPECT_EQ(iov_effective(*load_datalinks(host).links, "net2"), "on");
}

TEST(LinkProperties, IovDefaultsToAutoWhichIsEffectivelyOff) {
  Datalinks links = default_datalinks(catalog::Arch::Sparc);
  EXPECT_EQ(iov_value(links, "net1"), "auto");
  EXPECT_EQ(iov_effective(links, "net1"), "off");
  EXPECT_EQ(*set_iov(links, "net1", "yes"), "iov value 'yes' for net1 is not valid; expected auto, on or off");
  EXPECT_EQ(*set_iov(links, "net9", "on"), "link 'net9' does not exist; expected a link dladm show-link lists");
}

TEST(LinkProperties, IovOnOverAnAggregationIsProhibitedButAutoIsNot) {
  Datalinks links = default_datalinks(catalog::Arch::Sparc);
  ASSERT_FALSE(add_aggregation(links, {"dlmp0", "dlmp", {"net3", "net4"}, {}}));
  EXPECT_EQ(*set_iov(links, "dlmp0", "on"),
            "iov=on over aggregation dlmp0 is prohibited; expected iov=auto, which takes virtual functions from its ports");
  EXPECT_FALSE(set_iov(links, "dlmp0", "auto"));
}

TEST(Aggregations, RefusalsSayWhatWasExpected) {
  Datalinks links = default_datalinks(catalog::Arch::Sparc);
  EXPECT_EQ(*add_aggregation(links, {"dlmp0", "lacp", {"net3", "net4"}, {}}),
            "mode 'lacp' is not valid; expected -m dlmp or -m trunk");
  EXPECT_EQ(*add_aggregation(links, {"dlmp0", "dlmp", {"net3"}, {}}),
            "aggregation dlmp0 has 1 port(s); expected at least two -l LINK");
  EXPECT_EQ(*add_aggregation(links, {"dlmp0", "dlmp", {"net3", "net99"}, {}}),
            "port 'net99' is not a NIC; expected one dladm show-phys lists");
  EXPECT_EQ(*add_aggregation(links, {"net0", "dlmp", {"net3", "net4"}, {}}),
            "link 'net0' already exists; expected a new name");
  EXPECT_EQ(*add_aggregation(links, {"dlmp", "dlmp", {"net3", "net4"}, {}}),
            "invalid link name 'dlmp'; expected at most 31 letters, digits and underscores, not starting with a "
            "digit and ending in a digit, e.g. net0");
  EXPECT_EQ(*add_aggregation(links, {"a0", "dlmp", {"net3", "net3"}, {}}), "port net3 is given twice; expected each -l once");
  ASSERT_FALSE(add_aggregation(links, {"a0", "dlmp", {"net3", "net4"}, {}}));
  EXPECT_EQ(*add_aggregation(links, {"a1", "trunk", {"net4", "net5"}, {}}),
            "port net4 already belongs to aggregation a0; expected a free NIC");
}

}  // namespace
}  // namespace kzsim::zones
