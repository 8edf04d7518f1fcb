// dladm and dlstat in the global zone, through the world's shell.
#include <gtest/gtest.h>

#include "tests/zones/network/network_fixture.hpp"

namespace kzsim::zones {
namespace {

using Dladm = testing::NetworkTest;

TEST_F(Dladm, ShowLinkListsNicsInConfOrderThenAggregationsThenVnics) {
  host->files.write("/etc/dladm/datalink.conf",
                    "phys net1 ixgbe1 10000 unknown\nphys net0 ixgbe0 10000 up\nphys net2 ixgbe2 10000 up\n");
  add_zone("kzone1", {anet(0, {{"lower-link", "net1"}})});
  EXPECT_EQ(run("dladm show-link").out,
            "LINK                CLASS     MTU    STATE    OVER\n"
            "net1                phys      1500   unknown  --\n"
            "net0                phys      1500   up       --\n"
            "net2                phys      1500   up       --\n"
            "kzone1/net0         vnic      1500   unknown  net1\n");
  EXPECT_EQ(run("dlstat show-link kzone1/net0").out,
            "LINK          IPKTS    RBYTES    OPKTS    OBYTES\n"
            "kzone1/net0   0        0         3        126\n");
}

TEST_F(Dladm, DlstatJsonIsARowALinkWithTheTextColumns) {
  add_zone("kzone1", {anet(0, {{"lower-link", "net1"}})});
  EXPECT_EQ(run("dlstat show-link kzone1/net0 --json").out,
            "[\n  {\n    \"link\": \"kzone1/net0\",\n    \"ipkts\": 0,\n    \"rbytes\": 0,\n"
            "    \"opkts\": 3,\n    \"obytes\": 126\n  }\n]\n");
}

TEST_F(Dladm, VnicGoesAwayWhenItsZoneHalts) {
  Zone& zone = add_zone("kzone1", {anet(0)});
  EXPECT_NE(run("dladm show-vnic").out.find("kzone1/net0"), std::string::npos);
  zone.state = ZoneState::Installed;
  zone.live.reset();
  EXPECT_EQ(run("dladm show-vnic").out, "LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS\n");
  const auto gone = run("dlstat show-link kzone1/net0");
  EXPECT_EQ(gone.exit, 1);
  EXPECT_EQ(gone.err, "dlstat: link 'kzone1/net0' does not exist; expected a link dladm show-link lists\n");
}

TEST_F(Dladm, ShowVnicPrintsTheVlanIds) {
  Resource tagged = anet(0, {{"mac-address", "0:1:2:3:4:5"}, {"vlan-id", "11"}, {"lower-link", "net4"}});
  for (const char* vid : {"45", "46"}) {
    Resource vlan{"vlan", {}, {}};
    vlan.set("vlan-id", vid);
    tagged.children.push_back(vlan);
  }
  add_zone("kzone0", {tagged});
  EXPECT_EQ(run("dladm show-vnic").out,
            "LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS\n"
            "kzone0/net0     net4           10000  0:1:2:3:4:5       fixed       VID:11,45,46\n");
}

TEST_F(Dladm, SetAndShowIov) {
  EXPECT_EQ(run("dladm set-linkprop -p iov=on net1").exit, 0);
  EXPECT_EQ(run("dladm show-linkprop -p iov net1").out,
            "LINK   PROPERTY     PERM VALUE      EFFECTIVE      DEFAULT      POSSIBLE\n"
            "net1   iov          rw   on         on             auto         auto, on, off\n");
  const auto refused = run("dladm show-linkprop -p mtu net1");
  EXPECT_EQ(refused.exit, 1);
  EXPECT_EQ(refused.err, "dladm: link property 'mtu' is not modelled; expected -p iov\n");
  EXPECT_EQ(run("dladm set-linkprop -p iov=on net99").err,
            "dladm: link 'net99' does not exist; expected a link dladm show-link lists\n");
}

TEST_F(Dladm, DlmpAggregationShowsClientsPerPort) {
  ASSERT_EQ(run("dladm set-linkprop -p iov=on net3; dladm set-linkprop -p iov=on net4; "
                "dladm create-aggr -l net3 -l net4 -m dlmp dlmp0").exit, 0);
  add_zone("kz1", {anet(0, {{"lower-link", "dlmp0"}, {"iov", "auto"}})});
  EXPECT_EQ(run("dladm show-aggr -C dlmp0").out,
            "LINK      PORT          SPEED DUPLEX  STATE    CLIENTS\n"
            "dlmp0     --            10000Mb full    up       --\n"
            "          net3          10000Mb full    up       kz1/net0\n"
            "          net4          10000Mb full    up       dlmp0\n");
  EXPECT_EQ(run("dladm set-linkprop -p iov=on dlmp0").err,
            "dladm: iov=on over aggregation dlmp0 is prohibited; expected iov=auto, which takes virtual functions "
            "from its ports\n");
  EXPECT_EQ(run("dladm create-aggr -l net3 -l net5 -m dlmp dlmp1").err,
            "dladm: port net3 already belongs to aggregation dlmp0; expected a free NIC\n");
}

TEST_F(Dladm, ShowPhysAndRefusals) {
  EXPECT_EQ(run("dladm show-phys net0").out,
            "LINK              MEDIA                STATE      SPEED  DUPLEX    DEVICE\n"
            "net0              Ethernet             up         10000  full      ixgbe0\n");
  EXPECT_EQ(run("dladm show-phys net9").err, "dladm: link 'net9' does not exist; expected a link dladm show-link lists\n");
  const auto unknown = run("dladm frobnicate");
  EXPECT_EQ(unknown.exit, 1);
  EXPECT_EQ(unknown.err.substr(0, 40), "dladm: unknown subcommand 'frobnicate'\nu");
  host->files.write("/etc/dladm/datalink.conf", "phys net0\n");
  EXPECT_EQ(run("dladm show-phys").err,
            "dladm: /etc/dladm/datalink.conf:1: a NIC line needs its fields; expected "
            "'phys LINK DEVICE SPEED-MB STATE [PROP=VALUE...]'\n");
}

}  // namespace
}  // namespace kzsim::zones
