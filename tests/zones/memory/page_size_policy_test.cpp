#include "zones/memory/page_size_policy.hpp"

#include <gtest/gtest.h>

#include "zones/memory/memory_messages.hpp"

namespace kzsim::zones {
namespace {

using catalog::Arch;

const std::vector<Bytes> kSparcT5 = {8 * KiB, 64 * KiB, 4 * MiB, 256 * MiB, 2 * GiB};
const std::vector<Bytes> kSparcM7 = {8 * KiB, 64 * KiB, 4 * MiB, 256 * MiB, 2 * GiB, 16 * GiB};
const std::vector<Bytes> kX86 = {4 * KiB, 2 * MiB, 1 * GiB};

PageSizeRequest request(Bytes amount, PageSizePolicy policy, std::string fixed = {}) {
  return {amount, policy, std::move(fixed)};
}

TEST(PageSizePolicy, ParsesTheFourPoliciesAndUnset) {
  EXPECT_EQ(parse_page_size_policy("largest-available"), PageSizePolicy::LargestAvailable);
  EXPECT_EQ(parse_page_size_policy("largest-only"), PageSizePolicy::LargestOnly);
  EXPECT_EQ(parse_page_size_policy("smallest-only"), PageSizePolicy::SmallestOnly);
  EXPECT_EQ(parse_page_size_policy("fixed"), PageSizePolicy::Fixed);
  EXPECT_EQ(parse_page_size_policy(""), PageSizePolicy::Unset);
  EXPECT_EQ(parse_page_size_policy("largest"), std::nullopt);
}

TEST(PageSizePolicy, PlatformMinimums) {
  EXPECT_EQ(minimum_zone_page_size(Arch::Sparc), 256 * MiB);
  EXPECT_EQ(minimum_zone_page_size(Arch::X86), 2 * MiB);
}

TEST(PageSizePolicy, LargestAvailablePicksTheLargestAlignedSize) {
  PhysicalMemory memory(64 * GiB, kSparcM7);
  EXPECT_EQ(choose_page_size(memory, Arch::Sparc, request(16 * GiB, PageSizePolicy::LargestAvailable)).page_size, 16 * GiB);
  EXPECT_EQ(choose_page_size(memory, Arch::Sparc, request(8 * GiB, PageSizePolicy::LargestAvailable)).page_size, 2 * GiB);
  EXPECT_EQ(choose_page_size(memory, Arch::Sparc, request(5 * GiB, PageSizePolicy::LargestAvailable)).page_size, 256 * MiB);
}

TEST(PageSizePolicy, LargestAvailableFallsBackWhenLargePagesAreGone) {
  PhysicalMemory memory(32 * GiB, kSparcM7);
  ASSERT_TRUE(memory.allocate("zone:a", 256 * MiB, 256 * MiB));
  ASSERT_TRUE(memory.allocate("zone:b", 256 * MiB, 256 * MiB));
  // Both small pages come from the first 16G frame; the second is whole.
  EXPECT_EQ(choose_page_size(memory, Arch::Sparc, request(16 * GiB, PageSizePolicy::LargestAvailable)).page_size, 16 * GiB);
  ASSERT_TRUE(memory.allocate("zone:c", 16 * GiB, 16 * GiB));
  auto choice = choose_page_size(memory, Arch::Sparc, request(8 * GiB, PageSizePolicy::LargestAvailable));
  EXPECT_TRUE(choice.ok());
  EXPECT_EQ(choice.page_size, 2 * GiB);
}

TEST(PageSizePolicy, LargestOnlyFailsWithTheGuidesMessage) {
  PhysicalMemory memory(32 * GiB, kSparcM7);
  ASSERT_TRUE(memory.allocate("zone:a", 256 * MiB, 256 * MiB));
  ASSERT_TRUE(memory.allocate("zone:b", 16 * GiB, 16 * GiB));
  auto choice = choose_page_size(memory, Arch::Sparc, request(16 * GiB, PageSizePolicy::LargestOnly));
  EXPECT_EQ(choice.error,
            "error: Not enough contiguous free memory pages to allocate\n"
            "capped-memory:physical value of 16GB for zone. Consider using\n"
            "memory-reserve(8s) to facilitate reserving memory for Kernel Zones\n");
}

TEST(PageSizePolicy, LargestOnlyNeedsMemoryAlignedToTheLargestPage) {
  PhysicalMemory memory(64 * GiB, kSparcM7);
  auto choice = choose_page_size(memory, Arch::Sparc, request(20 * GiB, PageSizePolicy::LargestOnly));
  EXPECT_EQ(choice.error, unaligned_memory_message(20 * GiB, 16 * GiB));
  EXPECT_EQ(choose_page_size(memory, Arch::Sparc, request(32 * GiB, PageSizePolicy::LargestOnly)).page_size, 16 * GiB);
}

TEST(PageSizePolicy, SmallestOnlyUsesThePlatformMinimum) {
  PhysicalMemory memory(64 * GiB, kX86);
  EXPECT_EQ(choose_page_size(memory, Arch::X86, request(4 * GiB, PageSizePolicy::SmallestOnly)).page_size, 2 * MiB);
}

TEST(PageSizePolicy, UnsetUsesTheLowestSizeThatBoots) {
  PhysicalMemory memory(64 * GiB, kX86);
  EXPECT_EQ(choose_page_size(memory, Arch::X86, request(4 * GiB, PageSizePolicy::Unset)).page_size, 2 * MiB);
}

TEST(PageSizePolicy, FixedUsesTheConfiguredSize) {
  PhysicalMemory memory(64 * GiB, kSparcT5);
  EXPECT_EQ(choose_page_size(memory, Arch::Sparc, request(8 * GiB, PageSizePolicy::Fixed, "256M")).page_size, 256 * MiB);
}

TEST(PageSizePolicy, FixedRefusesASizeNotInPagesizeMinusA) {
  PhysicalMemory memory(64 * GiB, kSparcT5);
  EXPECT_EQ(choose_page_size(memory, Arch::Sparc, request(20 * GiB, PageSizePolicy::Fixed, "10G")).error,
            "error: The capped-memory:pagesize value 10G is not supported on this host.\n");
  EXPECT_FALSE(choose_page_size(memory, Arch::Sparc, request(8 * GiB, PageSizePolicy::Fixed, "4M")).ok())
      << "below the SPARC minimum of 256M";
}

}  // namespace
}  // namespace kzsim::zones
