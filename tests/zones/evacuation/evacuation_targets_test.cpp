// evacuation/target: instance overrides service, only refreshed values count.
#include "tests/zones/evacuation/evacuation_fixture.hpp"
#include "zones/evacuation/evacuation_targets.hpp"

namespace kzsim::zones {
namespace {

using Targets = testing::EvacuationWorld;

TEST_F(Targets, AValueCountsOnlyAfterARefresh) {
  add_zone("kz1", ZoneState::Running);
  run("svccfg -s system/zones/zone setprop evacuation/target=ssh://global2");
  const auto before = evacuation_targets(host(), "kz1");
  EXPECT_TRUE(before.uris.empty());
  EXPECT_EQ(before.problem, "evacuation/target of svc:/system/zones/zone is set to 'ssh://global2' but not in effect; "
                            "expected 'svcadm refresh svc:/system/zones/zone' after setting it");
  ASSERT_EQ(run("svcadm refresh svc:/system/zones").exit, 0);
  EXPECT_EQ(evacuation_targets(host(), "kz1").uris, std::vector<std::string>{"ssh://global2"});
  run("svccfg -s system/zones/zone setprop evacuation/target=ssh://global3");
  EXPECT_EQ(evacuation_targets(host(), "kz1").uris, std::vector<std::string>{"ssh://global2"});
}

TEST_F(Targets, TheInstanceOverridesTheServiceOnceRefreshed) {
  add_zone("kz1", ZoneState::Running);
  add_zone("kz2", ZoneState::Running);
  run("svccfg -s system/zones/zone setprop evacuation/target=ssh://global2");
  run("svcadm refresh svc:/system/zones");
  run("svccfg -s system/zones/zone:kz1 setprop evacuation/target=ssh://global3");
  EXPECT_EQ(evacuation_targets(host(), "kz1").uris, std::vector<std::string>{"ssh://global2"});
  ASSERT_EQ(run("svcadm refresh svc:/system/zones/zone:kz1").exit, 0);
  EXPECT_EQ(evacuation_targets(host(), "kz1").uris, std::vector<std::string>{"ssh://global3"});
  EXPECT_EQ(evacuation_targets(host(), "kz2").uris, std::vector<std::string>{"ssh://global2"});
}

TEST_F(Targets, SeveralUrisSeparatedBySpaces) {
  run("svccfg -s system/zones/zone setprop evacuation/target=\"ssh://global2  ssh://global3\"");
  run("svcadm refresh svc:/system/zones");
  EXPECT_EQ(evacuation_targets(host(), "kz").uris, (std::vector<std::string>{"ssh://global2", "ssh://global3"}));
}

TEST_F(Targets, NoTargetSaysWhereToSetOne) {
  EXPECT_EQ(evacuation_targets(host(), "kz1").problem,
            "no evacuation target; expected evacuation/target set on svc:/system/zones/zone or "
            "svc:/system/zones/zone:kz1 and refreshed");
}

TEST_F(Targets, UriHostDropsSchemeUserPortAndPath) {
  EXPECT_EQ(uri_host("ssh://root@global2:22/x"), "global2");
  EXPECT_EQ(uri_host("rads://ldom1-08"), "ldom1-08");
  EXPECT_EQ(uri_host("global2"), "global2");
}

}  // namespace
}  // namespace kzsim::zones
