// zonecfg on a host whose release lacks a feature refuses its values in the guide's words (ch.4
// "Memory Live Zone Reconfiguration Failure Examples"), host side of the release table.
#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"
#include "zones/zonecfg/host_facts.hpp"
#include "zones/zonecfg/property_rules.hpp"

namespace kzsim::zones::zonecfg {
namespace {

class ZonecfgReleasesTest : public ::testing::Test {
 protected:
  std::string set(const catalog::CpuModel& model, std::string_view os, std::string_view resource,
                  std::string_view property, std::string_view value) {
    Host host = testing::host_on(model);
    host.os = *catalog::Version::parse(os);
    return check_value(host_facts(host, catalog::Catalog::builtin()), resource, property, value).error;
  }
  catalog::CpuModel sparc = testing::sparc_model();
  catalog::CpuModel x86 = testing::x86_model();
};

TEST_F(ZonecfgReleasesTest, PagesizePolicyNeeds114) {
  EXPECT_EQ(set(sparc, "11.3", "capped-memory", "pagesize-policy", "fixed"), "\"fixed\" is not a valid pagesize-policy name");
  EXPECT_EQ(set(sparc, "11.4", "capped-memory", "pagesize-policy", "fixed"), "");
}

TEST_F(ZonecfgReleasesTest, MemlzsNeedsSru45OnSparcAndSru51OnX86) {
  EXPECT_EQ(set(sparc, "11.4.44", "", "host-compatible", "memlzs"), "memlzs: Invalid argument");
  EXPECT_EQ(set(sparc, "11.4.45", "", "host-compatible", "memlzs"), "");
  EXPECT_EQ(set(x86, "11.4.50", "", "host-compatible", "memlzr"), "memlzr: Invalid argument");
  EXPECT_EQ(set(x86, "11.4.51", "", "host-compatible", "memlzr"), "");
  EXPECT_EQ(set(sparc, "11.3", "", "host-compatible", "level1,memlzr"), "memlzr: Invalid argument");
}

TEST_F(ZonecfgReleasesTest, SoftwareInSiliconLevelsNeed113) {
  EXPECT_EQ(set(sparc, "11.2", "", "host-compatible", "adi"), "adi: Invalid argument");
  EXPECT_EQ(set(sparc, "11.3", "", "host-compatible", "adi"), "");
  EXPECT_EQ(set(sparc, "11.3", "", "host-compatible", "level1"), "");
}

}  // namespace
}  // namespace kzsim::zones::zonecfg
