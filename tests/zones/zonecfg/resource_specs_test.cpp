#include "zones/zonecfg/resource_specs.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones::zonecfg {
namespace {

TEST(ResourceSpecs, AnetDefaultsApplyWhenUnset) {
  Resource anet{"anet", {}, {}};
  anet.set("id", "0");
  EXPECT_EQ(value_or_default("solaris-kz", anet, "lower-link"), "auto");
  EXPECT_EQ(value_or_default("solaris-kz", anet, "mac-address"), "auto");
  EXPECT_EQ(value_or_default("solaris-kz", anet, "link-protection"), "mac-nospoof");
  EXPECT_EQ(value_or_default("solaris-kz", anet, "iov"), "off");
  EXPECT_FALSE(value_or_default("solaris-kz", anet, "vlan-id"));
  anet.set("iov", "auto");
  EXPECT_EQ(value_or_default("solaris-kz", anet, "iov"), "auto");
}

TEST(ResourceSpecs, MemlzsIsReadAsMemlzr) {
  Resource memory{"capped-memory", {}, {}};
  memory.set("memlzs", "strict");
  EXPECT_EQ(value_or_default("solaris-kz", memory, "memlzr"), "strict");
}

TEST(ResourceSpecs, BrandsKnowTheirResources) {
  const BrandSpec* kz = find_brand("solaris-kz");
  ASSERT_NE(kz, nullptr);
  EXPECT_NE(kz->resource("virtual-cpu"), nullptr);
  EXPECT_TRUE(kz->resource("capped-memory")->singleton);
  EXPECT_TRUE(kz->resource("device")->numbered);
  EXPECT_TRUE(kz->refuses_resource("fs"));
  EXPECT_TRUE(find_brand("solaris")->refuses_property("cpu-arch"));
  EXPECT_EQ(find_brand("solaris10"), nullptr);
  EXPECT_EQ(kz->resource_types().find("mac"), std::string::npos) << "nested types are not top-level";
}

}  // namespace
}  // namespace kzsim::zones::zonecfg
