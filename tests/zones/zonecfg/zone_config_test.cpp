#include "zones/zone_config.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

TEST(ZoneConfig, SetKeepsFirstOrderAndReplaces) {
  Resource memory{"capped-memory", {}, {}};
  memory.set("physical", "4G");
  memory.set("pagesize-policy", "largest-available");
  memory.set("physical", "8G");
  ASSERT_EQ(memory.properties.size(), 2u);
  EXPECT_EQ(memory.properties[0].first, "physical");
  EXPECT_EQ(memory.get("physical"), "8G");
}

TEST(ZoneConfig, ClearReportsWhetherSet) {
  ZoneConfig config;
  config.set("autoboot", "true");
  EXPECT_TRUE(config.clear("autoboot"));
  EXPECT_FALSE(config.clear("autoboot"));
  EXPECT_FALSE(config.get("autoboot"));
}

TEST(ZoneConfig, FirstFindsResourceByType) {
  ZoneConfig config;
  config.resources.push_back({"anet", {}, {}});
  config.resources.push_back({"capped-memory", {}, {}});
  ASSERT_NE(config.first("capped-memory"), nullptr);
  EXPECT_EQ(config.first("capped-memory")->type, "capped-memory");
  EXPECT_EQ(config.first("suspend"), nullptr);
}

}  // namespace
}  // namespace kzsim::zones
