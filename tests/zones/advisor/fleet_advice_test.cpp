#include "zones/advisor/fleet_advice.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "zones/advisor/advise_report.hpp"

namespace kzsim::zones {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<BaselineHost> hosts_of(const std::vector<std::string_view>& ids) {
  std::vector<BaselineHost> hosts;
  for (std::string_view id : ids)
    hosts.push_back({std::string(id), &catalog::Catalog::builtin().require_model(id), std::nullopt});
  return hosts;
}

std::vector<std::string> names_of(const FleetGroup& group) {
  std::vector<std::string> names;
  for (const BaselineHost& host : group.hosts) names.push_back(host.name);
  return names;
}

const std::vector<std::string_view> kMixed{"sparc-t4", "sparc-t5", "sparc-m7", "intel-nehalem", "intel-haswell",
                                          "amd-zen2"};

TEST(FleetAdvice, AMixedFleetIsSplitByArchitectureAndFamilyAndEveryGroupHasItsAnswer) {
  const auto groups = fleet_advice(hosts_of(kMixed));
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].name, "sparc: Oracle");
  EXPECT_THAT(names_of(groups[0]), ElementsAre("sparc-t4", "sparc-t5", "sparc-m7"));
  EXPECT_EQ(groups[0].baseline.cpu_arch, "migration-class1");
  EXPECT_EQ(groups[0].zonecfg, "zonecfg -z ZONE \"set cpu-arch=migration-class1; set host-compatible=memlzr\"");
  EXPECT_EQ(groups[1].name, "x86: Intel");
  EXPECT_THAT(names_of(groups[1]), ElementsAre("intel-nehalem", "intel-haswell"));
  EXPECT_EQ(groups[1].zonecfg, "zonecfg -z ZONE set cpu-arch=migration-class1");
  EXPECT_FALSE(groups[1].baseline.hosts[1].lost.empty());  // what Haswell loses
  EXPECT_EQ(groups[2].name, "x86: AMD");
  EXPECT_TRUE(groups[2].answered);
  EXPECT_EQ(groups[2].zonecfg, "");
  EXPECT_THAT(groups[2].answer, HasSubstr("not available for AMD systems"));
  EXPECT_TRUE(every_group_answered(groups));
}

TEST(FleetAdvice, AnAllAmdFleetMigratesAmongIdenticalCpus) {
  const auto same = fleet_advice(hosts_of({"amd-zen2", "amd-zen2"}));
  ASSERT_EQ(same.size(), 1u);
  EXPECT_TRUE(same[0].answered);
  EXPECT_THAT(same[0].identical, ElementsAre(ElementsAre("amd-zen2", "amd-zen2")));
  EXPECT_THAT(same[0].answer, HasSubstr("identical CPUs, so a kernel zone migrates warm or live among them"));
  const auto mixed = fleet_advice(hosts_of({"amd-zen2", "amd-zen3", "amd-zen2"}));
  ASSERT_EQ(mixed.size(), 1u);
  EXPECT_TRUE(every_group_answered(mixed));
  EXPECT_THAT(mixed[0].identical, ElementsAre(ElementsAre("amd-zen2", "amd-zen2"), ElementsAre("amd-zen3")));
  EXPECT_THAT(mixed[0].answer, HasSubstr("cold migration between any of them needs no cpu-arch"));
}

TEST(FleetAdvice, AHostThatCannotRunKernelZonesLeavesItsGroupWithoutAnswer) {
  const auto groups = fleet_advice(hosts_of({"sparc-t5", "sparc-t2"}));
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_TRUE(groups[0].answered);
  EXPECT_FALSE(groups[1].answered);
  EXPECT_THAT(groups[1].answer, HasSubstr("sparc-t2 (UltraSPARC T2) cannot host kernel zones"));
  EXPECT_FALSE(every_group_answered(groups));
}

TEST(FleetAdvice, TheTextNamesEachGroupAndTheLineToType) {
  const std::string text = fleet_report(fleet_advice(hosts_of(kMixed)));
  EXPECT_THAT(text, HasSubstr("3 groups: a kernel zone migrates only within one architecture"));
  EXPECT_THAT(text, HasSubstr("sparc: Oracle (3 hosts: sparc-t4, sparc-t5, sparc-m7)\n  cpu-arch: migration-class1\n"));
  EXPECT_THAT(text, HasSubstr("  type: zonecfg -z ZONE set cpu-arch=migration-class1\n"));
  EXPECT_THAT(text, HasSubstr("x86: AMD (1 host: amd-zen2)\n  identical CPUs: amd-zen2\n"
                              "  type: nothing; cpu-arch stays unset\n"));
  EXPECT_THAT(text, HasSubstr("  intel-haswell (native haswell): keeps "));
}

TEST(FleetAdvice, TheJsonHasARowAHostWithItsGroupsAnswer) {
  const auto rows = nlohmann::json::parse(listing_json(fleet_rows(fleet_advice(hosts_of(kMixed)))));
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0]["group"], "sparc: Oracle");
  EXPECT_EQ(rows[0]["cpu_arch"], "migration-class1");
  EXPECT_EQ(rows[4]["host"], "intel-haswell");
  EXPECT_EQ(rows[4]["zonecfg"], "zonecfg -z ZONE set cpu-arch=migration-class1");
  EXPECT_FALSE(rows[4]["lost"].empty());
  EXPECT_EQ(rows[5]["host"], "amd-zen2");
  EXPECT_TRUE(rows[5]["cpu_arch"].is_null());
  EXPECT_TRUE(rows[5]["zonecfg"].is_null());
  EXPECT_EQ(rows[5]["identical"], nlohmann::json::array({"amd-zen2"}));
  EXPECT_EQ(rows[5]["answered"], true);
}

}  // namespace
}  // namespace kzsim::zones
