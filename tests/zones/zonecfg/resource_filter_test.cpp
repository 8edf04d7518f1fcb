#include "zones/zonecfg/resource_filter.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones::zonecfg {
namespace {

TEST(ResourceFilter, PairsAndBareIds) {
  auto filters = parse_filters({"select", "anet", "id=0", "3"}, 2);
  ASSERT_TRUE(filters);
  EXPECT_EQ(*filters, (Filters{{"id", "0"}, {"#", "3"}}));
  EXPECT_FALSE(parse_filters({"select", "anet", "zero"}, 2));
}

TEST(ResourceFilter, MatchesSimpleAndListValues) {
  Resource mac{"mac", {{"allowed-mac-address", {"", {"fa:16:3f"}, true}}, {"id", {"0", {}, false}}}, {}};
  EXPECT_TRUE(matches(mac, {{"id", "0"}, {"allowed-mac-address", "fa:16:3f"}}));
  EXPECT_FALSE(matches(mac, {{"id", "1"}}));
  EXPECT_FALSE(matches(mac, {{"mac-address", "auto"}}));
}

}  // namespace
}  // namespace kzsim::zones::zonecfg
