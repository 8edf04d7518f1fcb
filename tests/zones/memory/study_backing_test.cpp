#include "zones/memory/study_backing.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

study::SweepSpec spec_of(std::vector<Bytes> memories) {
  study::SweepSpec spec;
  spec.memories = std::move(memories);
  return spec;
}

study::Configuration configuration(std::string model, Bytes memory, std::string policy, int fragment) {
  study::Configuration c;
  c.model = std::move(model);
  c.memory = memory;
  c.policy = std::move(policy);
  c.fragment = fragment;
  return c;
}

TEST(StudyBacking, FragmentingPinsThePercentOfLargestPages) {
  const auto& model = catalog::Catalog::builtin().require_model("sparc-m7");
  const Bytes largest = model.page_sizes.back();
  HostMemory host(4 * largest, model.page_sizes, model.arch);
  fragment_largest_pages(host, model, 50);
  EXPECT_EQ(host.physical().free_bytes(), 4 * largest - 2 * minimum_zone_page_size(model.arch));
  const BootResult two_pages = host.boot("kz", {{2 * largest, PageSizePolicy::LargestOnly, {}}, {}});
  EXPECT_TRUE(two_pages.ok()) << two_pages.error;
  EXPECT_FALSE(host.boot("kz2", {{largest, PageSizePolicy::LargestOnly, {}}, {}}).ok());
}

TEST(StudyBacking, HostMemoryIsTwiceTheLargestZoneInLargestPages) {
  const auto& model = catalog::Catalog::builtin().require_model("intel-skylake");
  EXPECT_EQ(study_host_memory(spec_of({16 * GiB, 19 * GiB}), model), 38 * GiB);
}

TEST(StudyBacking, FragmentedHostGivesSmallerPages) {
  const auto spec = spec_of({4 * GiB});
  EXPECT_EQ(study_backing(spec, configuration("intel-skylake", 4 * GiB, "largest-available", 0)).page_size, 1 * GiB);
  EXPECT_EQ(study_backing(spec, configuration("intel-skylake", 4 * GiB, "largest-available", 100)).page_size, 2 * MiB);
  EXPECT_FALSE(study_backing(spec, configuration("intel-skylake", 4 * GiB, "largest-only", 100)).error.empty());
  EXPECT_FALSE(study_backing(spec, configuration("intel-skylake", 4 * GiB, "native", 0)).nested);
}

}  // namespace
}  // namespace kzsim::zones
