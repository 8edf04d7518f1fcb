#include "zones/zonecfg/property_rules.hpp"

#include <gtest/gtest.h>

#include "tests/zones/zonecfg/rules_fixtures.hpp"

namespace kzsim::zones::zonecfg {
namespace {

using testing::amd_host;
using testing::intel_host;
using testing::sparc_host;

TEST(PhysicalMemory, NormalisesTheSize) {
  auto checked = check_physical_memory(sparc_host(), "2048m");
  ASSERT_TRUE(checked.ok()) << checked.error;
  EXPECT_EQ(checked.value, "2G");
}

TEST(PhysicalMemory, SparcTakes256MSteps) {
  EXPECT_FALSE(check_physical_memory(sparc_host(), "4100M").ok());
  EXPECT_TRUE(check_physical_memory(sparc_host(), "4352M").ok());
}

TEST(PhysicalMemory, X86Takes2MSteps) {
  EXPECT_TRUE(check_physical_memory(intel_host(), "4098M").ok());
  auto checked = check_physical_memory(intel_host(), "4099M");
  EXPECT_FALSE(checked.ok());
  EXPECT_NE(checked.error.find("4099M"), std::string::npos);
}

TEST(PhysicalMemory, AtMost2T) {
  EXPECT_TRUE(check_physical_memory(intel_host(), "2T").ok());
  EXPECT_FALSE(check_physical_memory(intel_host(), "2050G").ok());
}

TEST(PhysicalMemory, RefusesNonSizes) {
  EXPECT_FALSE(check_physical_memory(intel_host(), "lots").ok());
  EXPECT_FALSE(check_physical_memory(intel_host(), "0").ok());
}

TEST(Pagesize, X86MinimumIs2M) {
  auto checked = check_pagesize(intel_host(), "1m");
  EXPECT_EQ(checked.error, "pagesize value is too small. It must be at least 2M.");
  EXPECT_EQ(check_pagesize(intel_host(), "2m").value, "2M");
}

TEST(Pagesize, SparcMinimumIs256M) {
  EXPECT_EQ(check_pagesize(sparc_host(), "4M").error, "pagesize value is too small. It must be at least 256M.");
  EXPECT_TRUE(check_pagesize(sparc_host(), "256M").ok());
}

TEST(PagesizePolicy, KnownPoliciesOnly) {
  for (auto policy : {"fixed", "largest-available", "largest-only", "smallest-only"})
    EXPECT_TRUE(check_pagesize_policy(HostFacts{}, policy).ok()) << policy;
  EXPECT_EQ(check_pagesize_policy(HostFacts{}, "biggest").error.rfind("\"biggest\" is not a valid pagesize-policy name", 0), 0u);
}

TEST(CpuArch, RefusedOnAmd) {
  auto checked = check_cpu_arch(amd_host(), "generic");
  EXPECT_FALSE(checked.ok());
  EXPECT_NE(checked.error.find("AMD"), std::string::npos);
}

TEST(CpuArch, MustBeAClassOfTheHostArchitecture) {
  EXPECT_TRUE(check_cpu_arch(sparc_host(), "migration-class1").ok());
  EXPECT_TRUE(check_cpu_arch(intel_host(), "migration-class4").ok());
  auto checked = check_cpu_arch(sparc_host(), "haswell");
  EXPECT_FALSE(checked.ok());
  EXPECT_NE(checked.error.find("expected generic, migration-class1 or SPARC-T5"), std::string::npos);
}

TEST(HostCompatible, EachModifierMustBeKnown) {
  EXPECT_TRUE(check_host_compatible(sparc_host(), "level1,memlzr").ok());
  EXPECT_TRUE(check_host_compatible(sparc_host(), "adi").ok());
  auto checked = check_host_compatible(sparc_host(), "level1,turbo");
  EXPECT_FALSE(checked.ok());
  EXPECT_NE(checked.error.find("turbo"), std::string::npos);
  EXPECT_FALSE(check_host_compatible(sparc_host(), "level1,").ok());
}

TEST(HostCompatible, MemlzsIsTheGuideSpellingOfMemlzrAndIsKeptAsMemlzr) {
  auto checked = check_host_compatible(intel_host(), "memlzs");
  ASSERT_TRUE(checked.ok()) << checked.error;
  EXPECT_EQ(checked.value, "memlzr");
  EXPECT_EQ(check_host_compatible(sparc_host(), "level1,memlzs").value, "level1,memlzr");
}

TEST(MemoryReconfiguration, EnabledByNativeLevel2AndMemlzr) {
  for (auto value : {"native", "level2", "level1,memlzr", "memlzr", "level1,memlzs", "memlzs"})
    EXPECT_TRUE(enables_memory_reconfiguration(value)) << value;
  EXPECT_FALSE(enables_memory_reconfiguration("level1"));
  EXPECT_FALSE(enables_memory_reconfiguration(""));
}

TEST(Storage, DeviceStorageMustBeAUri) {
  EXPECT_TRUE(check_value(sparc_host(), "device", "storage", "dev:/dev/dsk/c9t0d0").ok());
  EXPECT_FALSE(check_value(sparc_host(), "device", "storage", "/dev/dsk/c9t0d0").ok());
  EXPECT_FALSE(check_value(sparc_host(), "suspend", "storage", "iscsi://system/").ok());
}

TEST(LinkNames, AnetLinknameAndLowerLinkFollowDladmsRule) {
  EXPECT_TRUE(check_value(sparc_host(), "anet", "lower-link", "auto").ok());
  EXPECT_TRUE(check_value(sparc_host(), "anet", "lower-link", "net1").ok());
  EXPECT_TRUE(check_value(sparc_host(), "anet", "linkname", std::string(30, 'a') + "0").ok());
  const auto too_long = check_value(sparc_host(), "anet", "linkname", std::string(31, 'a') + "0");
  EXPECT_EQ(too_long.error, "linkname: link name too long '" + std::string(31, 'a') +
                                "0'; expected at most 31 letters, digits and underscores, not starting with a digit "
                                "and ending in a digit, e.g. net0");
  for (const char* bad : {"net", "0net0", "net-0", "net.0", ""})
    EXPECT_FALSE(check_value(sparc_host(), "anet", "linkname", bad).ok()) << bad;
  EXPECT_EQ(check_value(sparc_host(), "anet", "lower-link", "aggr").error,
            "lower-link: invalid link name 'aggr'; expected at most 31 letters, digits and underscores, not starting "
            "with a digit and ending in a digit, e.g. net0");
}

TEST(Zonename, Syntax) {
  EXPECT_TRUE(check_zonename("kzone1").ok());
  EXPECT_FALSE(check_zonename("global").ok());
  EXPECT_FALSE(check_zonename("SUNWkz").ok());
  EXPECT_FALSE(check_zonename("-kz").ok());
  EXPECT_FALSE(check_zonename(std::string(64, 'k')).ok());
}

TEST(Values, EnumerationsBooleansAndIntegers) {
  EXPECT_FALSE(check_value(sparc_host(), "anet", "iov", "maybe").ok());
  EXPECT_TRUE(check_value(sparc_host(), "anet", "iov", "auto").ok());
  EXPECT_FALSE(check_value(sparc_host(), "", "autoboot", "yes").ok());
  EXPECT_FALSE(check_value(sparc_host(), "", "autoshutdown", "sleep").ok());
  EXPECT_FALSE(check_value(sparc_host(), "anet", "vlan-id", "4095").ok());
  EXPECT_TRUE(check_value(sparc_host(), "vlan", "vlan-id", "45").ok());
  EXPECT_FALSE(check_value(sparc_host(), "virtual-cpu", "ncpus", "0").ok());
  EXPECT_FALSE(check_value(sparc_host(), "device", "bootpri", "-1").ok());
  EXPECT_TRUE(check_value(sparc_host(), "dedicated-cpu", "cpus", "8-15").ok());
  EXPECT_FALSE(check_value(sparc_host(), "dedicated-cpu", "cpus", "15-8").ok());
  EXPECT_FALSE(check_value(sparc_host(), "anet", "mac-address", "0:1:2:3:4").ok());
  EXPECT_TRUE(check_value(sparc_host(), "anet", "mac-address", "0:1:2:3:4:5").ok());
  EXPECT_FALSE(check_value(sparc_host(), "", "hostid", "0xnothex").ok());
  EXPECT_FALSE(check_value(sparc_host(), "admin", "auths", "migrate,fly").ok());
  EXPECT_FALSE(check_value(sparc_host(), "capped-memory", "memlzr", "loose").ok());
  EXPECT_FALSE(check_value(sparc_host(), "anet", "link-protection", "mac-nospoof,bogus").ok());
}

ZoneConfig with_memory(std::vector<std::pair<std::string, std::string>> properties, std::string host_compatible = "") {
  ZoneConfig config;
  if (!host_compatible.empty()) config.set("host-compatible", host_compatible);
  Resource memory{"capped-memory", {}, {}};
  for (auto& [name, value] : properties) memory.set(name, value);
  config.resources.push_back(memory);
  return config;
}

TEST(CrossRules, MemoryReserveExcludesPagesizePolicy) {
  auto config = with_memory({{"physical", "16G"}, {"pagesize-policy", "largest-available"}, {"memory-reserve", "zones"}});
  EXPECT_FALSE(memory_reserve_excludes_pagesize_policy(*config.first("capped-memory")).empty());
  EXPECT_FALSE(change_problems(config).empty());
  auto fine = with_memory({{"physical", "16G"}, {"memory-reserve", "zones"}});
  EXPECT_TRUE(change_problems(fine).empty());
}

TEST(CrossRules, FixedPolicyNeedsMemoryReconfiguration) {
  EXPECT_FALSE(fixed_policy_needs_memory_reconfiguration(with_memory({{"pagesize-policy", "fixed"}})).empty());
  EXPECT_FALSE(fixed_policy_needs_memory_reconfiguration(with_memory({{"pagesize-policy", "fixed"}}, "level1")).empty());
  EXPECT_TRUE(fixed_policy_needs_memory_reconfiguration(with_memory({{"pagesize-policy", "fixed"}}, "level2")).empty());
  EXPECT_TRUE(fixed_policy_needs_memory_reconfiguration(with_memory({{"pagesize-policy", "fixed"}}, "memlzs")).empty());
}

TEST(CrossRules, PagesizeNeedsFixedPolicy) {
  auto config = with_memory({{"pagesize-policy", "largest-available"}, {"pagesize", "256M"}}, "memlzs");
  EXPECT_FALSE(pagesize_needs_fixed_policy(*config.first("capped-memory")).empty());
  auto fixed = with_memory({{"pagesize-policy", "fixed"}, {"pagesize", "256M"}}, "memlzs");
  EXPECT_TRUE(change_problems(fixed).empty());
}

TEST(CrossRules, IdsAreUniquePerType) {
  ZoneConfig config;
  config.resources.push_back({"anet", {{"id", {"0", {}, false}}}, {}});
  config.resources.push_back({"device", {{"id", {"0", {}, false}}, {"storage", {"dev:/dev/dsk/c1", {}, false}}}, {}});
  EXPECT_TRUE(ids_are_unique(config).empty());
  config.resources.push_back({"anet", {{"id", {"0", {}, false}}}, {}});
  EXPECT_EQ(ids_are_unique(config), "anet: id 0 is used by more than one anet resource");
  EXPECT_FALSE(verify_problems(config).empty());
}

TEST(CrossRules, KernelZoneDevicesNameStorage) {
  ZoneConfig config;
  config.resources.push_back({"device", {{"id", {"1", {}, false}}}, {}});
  EXPECT_FALSE(devices_name_storage(config).empty());
  EXPECT_FALSE(verify_problems(config).empty());
}

}  // namespace
}  // namespace kzsim::zones::zonecfg

namespace kzsim::zones::zonecfg {
namespace {

struct ValueCase {
  const char* resource;
  const char* property;
  const char* good;
  const char* bad;
};

// One accepted and one refused value for each rule of the table in property_rules.cpp (the
// too-small pagesize message is the guide's own and is tested with Pagesize above).
class EachValueRule : public ::testing::TestWithParam<ValueCase> {};

TEST_P(EachValueRule, AcceptsTheGoodAndRefusesTheBad) {
  const ValueCase& c = GetParam();
  Checked good = check_value(testing::sparc_host(), c.resource, c.property, c.good);
  EXPECT_TRUE(good.ok()) << good.error;
  Checked bad = check_value(testing::sparc_host(), c.resource, c.property, c.bad);
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.error.find(c.bad), std::string::npos) << "the refusal names the input: " << bad.error;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EachValueRule,
    ::testing::Values(
        ValueCase{"", "zonename", "kz2", "-kz"}, ValueCase{"", "autoboot", "true", "yes"},
        ValueCase{"", "autoshutdown", "suspend", "sleep"}, ValueCase{"", "boot-priority", "high", "urgent"},
        ValueCase{"", "cpu-arch", "generic", "haswell"}, ValueCase{"", "host-compatible", "level1,memlzs", "level9"},
        ValueCase{"", "hostid", "0x2e7d2173", "0x2e7d21731"}, ValueCase{"", "ip-type", "exclusive", "private"},
        ValueCase{"", "zonepath", "/zones/z1", "zones/z1"},
        ValueCase{"capped-memory", "physical", "8G", "8000M"}, ValueCase{"capped-memory", "pagesize", "2G", "huge"},
        ValueCase{"capped-memory", "pagesize-policy", "largest-only", "smallest"},
        ValueCase{"capped-memory", "memory-reserve", "zones", "zones!"},
        ValueCase{"capped-memory", "memlzr", "strict", "lax"},
        ValueCase{"virtual-cpu", "ncpus", "8", "eight"}, ValueCase{"dedicated-cpu", "ncpus", "1-4", "4-1"},
        ValueCase{"dedicated-cpu", "cpus", "0,2-3", "0,,2"}, ValueCase{"dedicated-cpu", "cores", "0-1", "x"},
        ValueCase{"dedicated-cpu", "sockets", "0", "s0"}, ValueCase{"capped-cpu", "ncpus", "1.5", "1.5x"},
        ValueCase{"device", "storage", "lu:luname.naa.600144f0", "c9t0d0"}, ValueCase{"device", "id", "1", "one"},
        ValueCase{"device", "bootpri", "0", "-1"}, ValueCase{"device", "allow-mhd", "true", "on"},
        ValueCase{"device", "allow-partition", "false", "off"}, ValueCase{"device", "allow-raw-io", "true", "1"},
        ValueCase{"suspend", "path", "/system/zones/kz1/suspend", "suspend"},
        ValueCase{"suspend", "storage", "nfs://admin:staff@nfs1/export/kz", "nfs://nfs1/export/kz"},
        ValueCase{"verified-boot", "policy", "enforce", "strict"}, ValueCase{"admin", "user", "jdoe", "j doe"},
        ValueCase{"admin", "auths", "login,migrate", "rule"},
        ValueCase{"mac", "mac-address", "2:8:20:42:cf:83", "2:8:20:42:cf"},
        ValueCase{"mac", "allowed-mac-address", "fa:16:3f", "fa:16:3g"}, ValueCase{"vlan", "vlan-id", "45", "0"},
        ValueCase{"vlan", "allowed-vlan-ids", "100-199", "199-100"}, ValueCase{"anet", "id", "3", "three"},
        ValueCase{"anet", "configure-allowed-address", "false", "no"},
        ValueCase{"net", "mac-address", "factory", "ff"}, ValueCase{"anet", "vlan-id", "4094", "4095"},
        ValueCase{"anet", "iov", "on", "yes"}, ValueCase{"anet", "lro", "off", "no"},
        ValueCase{"anet", "maxbw", "2G", "fast"}, ValueCase{"anet", "bwshare", "50", "101"},
        ValueCase{"anet", "mtu", "9000", "65536"}, ValueCase{"anet", "linkmode", "cm", "rc"},
        ValueCase{"anet", "pkey", "0x8001", "0x8000"}, ValueCase{"anet", "pkey", "ffff", "zz"},
        ValueCase{"anet", "link-protection", "mac-nospoof,ip-nospoof", "all"}));

}  // namespace
}  // namespace kzsim::zones::zonecfg
