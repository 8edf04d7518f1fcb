#include "zones/advisor/cluster_baseline.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

ClusterBaseline baseline_of(std::initializer_list<std::string_view> ids) {
  std::vector<BaselineHost> hosts;
  for (std::string_view id : ids)
    hosts.push_back({std::string(id), &catalog::Catalog::builtin().require_model(id), std::nullopt});
  return cluster_baseline(hosts);
}

TEST(ClusterBaseline, SparcT4T5M7ShareMigrationClass1) {
  const ClusterBaseline baseline = baseline_of({"sparc-t4", "sparc-t5", "sparc-m7"});
  EXPECT_EQ(baseline.cpu_arch, "migration-class1");
  EXPECT_THAT(baseline.features, Contains("aes"));
  ASSERT_EQ(baseline.hosts.size(), 3u);
  EXPECT_EQ(baseline.hosts[2].native_class, "SPARC-M7");
  EXPECT_THAT(baseline.hosts[2].lost, Not(IsEmpty()));
  EXPECT_THAT(baseline.hosts[2].lost, Not(Contains("aes")));
  // Every host carries memlzr with migration-class1; adi and level1 need M7 on every host.
  EXPECT_EQ(baseline.host_compatible, "memlzr");
}

TEST(ClusterBaseline, FujitsuM10M12ShareSparc64Class1) {
  EXPECT_EQ(baseline_of({"fujitsu-m10", "fujitsu-m12"}).cpu_arch, "sparc64-class1");
}

TEST(ClusterBaseline, NehalemAndHaswellShareTheClassWithNehalemFeatures) {
  const ClusterBaseline baseline = baseline_of({"intel-nehalem", "intel-haswell"});
  EXPECT_EQ(baseline.cpu_arch, "migration-class1");
  EXPECT_EQ(baseline.features, catalog::Catalog::builtin().find_class(catalog::Arch::X86, "nehalem")->features);
  EXPECT_THAT(baseline.hosts[0].lost, IsEmpty());
  EXPECT_THAT(baseline.hosts[1].lost, Not(IsEmpty()));
  EXPECT_EQ(baseline.host_compatible, "");  // x86 has no host-compatible levels to choose
}

TEST(ClusterBaseline, OneHaswellKeepsItsNativeClass) {
  const ClusterBaseline baseline = baseline_of({"intel-haswell"});
  EXPECT_EQ(baseline.cpu_arch, "haswell");
  EXPECT_THAT(baseline.hosts[0].lost, IsEmpty());
}

TEST(ClusterBaseline, AmdHostsHaveNoCpuArch) {
  const ClusterBaseline baseline = baseline_of({"amd-zen", "amd-zen2"});
  EXPECT_EQ(baseline.cpu_arch, "");
  EXPECT_THAT(baseline.no_class_reason, HasSubstr("amd-zen (AMD"));
  EXPECT_THAT(baseline.no_class_reason, HasSubstr("not available for AMD systems"));
}

TEST(ClusterBaseline, SparcAndX86ShareNothing) {
  const ClusterBaseline baseline = baseline_of({"sparc-t5", "intel-haswell"});
  EXPECT_EQ(baseline.cpu_arch, "");
  EXPECT_THAT(baseline.no_class_reason, HasSubstr("sparc-t5 is sparc and intel-haswell is x86"));
}

TEST(ClusterBaseline, HostThatCannotRunKernelZonesIsNamed) {
  EXPECT_THAT(baseline_of({"sparc-t5", "sparc-t2"}).no_class_reason, HasSubstr("sparc-t2 (UltraSPARC T2) cannot host"));
}

TEST(ClusterBaseline, NoHostsIsRefused) {
  EXPECT_THAT(cluster_baseline({}).no_class_reason, HasSubstr("expected at least one host"));
}

}  // namespace
}  // namespace kzsim::zones
