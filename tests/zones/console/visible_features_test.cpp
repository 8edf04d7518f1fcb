#include "zones/console/visible_features.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/zones/host_fixture.hpp"

namespace kzsim::zones {
namespace {

using testing::host_on;

bool has(const std::vector<std::string>& features, std::string_view name) {
  return std::ranges::find(features, name) != features.end();
}

ZoneConfig config_with(std::vector<std::pair<std::string, std::string>> properties) {
  ZoneConfig config;
  for (auto& [property, value] : properties) config.set(property, value);
  return config;
}

const catalog::CpuModel& model(std::string_view id) { return catalog::Catalog::builtin().require_model(id); }

TEST(VisibleFeatures, AreTheHostModelsWithinTheClass) {
  const Host m7 = host_on(model("sparc-m7"));
  const auto native = visible_features(m7, {});
  EXPECT_TRUE(has(native, "vis3b"));
  EXPECT_TRUE(has(native, "aes"));
  const auto generic = visible_features(m7, config_with({{"cpu-arch", "generic"}}));
  EXPECT_EQ(generic, (std::vector<std::string>{"asi_blk_init", "vis2", "vis", "popc"}));
}

TEST(VisibleFeatures, SoftwareInSiliconOnlyWithAHostCompatibleLevelThatEnablesIt) {
  const Host m7 = host_on(model("sparc-m7"));
  EXPECT_FALSE(has(visible_features(m7, {}), "adi"));
  EXPECT_TRUE(has(visible_features(m7, config_with({{"host-compatible", "adi"}})), "adi"));
  EXPECT_FALSE(has(visible_features(m7, config_with({{"host-compatible", "memlzr"}})), "adi"));
}

TEST(VisibleFeatures, X86ClassMasksTheHostsCpuid) {
  const Host haswell = host_on(model("intel-haswell"));
  EXPECT_TRUE(has(visible_features(haswell, {}), "avx2"));
  const auto generic = visible_features(haswell, config_with({{"cpu-arch", "generic"}}));
  EXPECT_FALSE(has(generic, "aes"));
  EXPECT_TRUE(has(generic, "sse2"));
  EXPECT_FALSE(has(visible_features(haswell, config_with({{"cpu-arch", "migration-class1"}})), "avx2"));
}

}  // namespace
}  // namespace kzsim::zones
