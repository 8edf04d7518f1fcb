#include "zones/memory/physical_memory.hpp"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>

namespace kzsim::zones {
namespace {

// The SPARC sizes a kernel zone can use (pagesize -a from 256M up).
const std::vector<Bytes> kSparc = {256 * MiB, 2 * GiB, 16 * GiB};

TEST(PhysicalMemory, StartsAsFramesOfTheLargestPageSize) {
  PhysicalMemory memory(64 * GiB, kSparc);
  EXPECT_EQ(memory.free_pages(16 * GiB), 4u);
  EXPECT_EQ(memory.free_pages(2 * GiB), 32u);
  EXPECT_EQ(memory.free_bytes(), 64 * GiB);
}

TEST(PhysicalMemory, TailBelowTheLargestPageUsesSmallerPages) {
  PhysicalMemory memory(18 * GiB + 256 * MiB, kSparc);
  EXPECT_EQ(memory.free_pages(16 * GiB), 1u);
  EXPECT_EQ(memory.free_pages(2 * GiB), 9u);
  EXPECT_EQ(memory.total(), 18 * GiB + 256 * MiB);
}

TEST(PhysicalMemory, SmallPagesSplitAFrameAndFragmentIt) {
  PhysicalMemory memory(32 * GiB, kSparc);
  ASSERT_TRUE(memory.allocate("zone:a", 256 * MiB, 256 * MiB));
  EXPECT_EQ(memory.free_pages(16 * GiB), 1u);
  EXPECT_EQ(memory.free_pages(2 * GiB), 15u);
  EXPECT_EQ(memory.free_bytes(), 32 * GiB - 256 * MiB);
}

TEST(PhysicalMemory, AllocationIsAllOrNothing) {
  PhysicalMemory memory(32 * GiB, kSparc);
  ASSERT_TRUE(memory.allocate("zone:a", 256 * MiB, 256 * MiB));
  EXPECT_FALSE(memory.allocate("zone:b", 32 * GiB, 16 * GiB));
  EXPECT_EQ(memory.owned("zone:b"), 0u);
  EXPECT_FALSE(memory.allocate("zone:b", 3 * GiB, 2 * GiB)) << "not a multiple of the page size";
}

TEST(PhysicalMemory, ReleaseCoalescesSiblingsBackIntoFrames) {
  PhysicalMemory memory(32 * GiB, kSparc);
  ASSERT_TRUE(memory.allocate("zone:a", 256 * MiB, 256 * MiB));
  EXPECT_EQ(memory.release_all("zone:a"), 256 * MiB);
  EXPECT_EQ(memory.free_pages(16 * GiB), 2u);
}

TEST(PhysicalMemory, PlacementIsLowestAddressFirst) {
  PhysicalMemory memory(32 * GiB, kSparc);
  ASSERT_TRUE(memory.allocate("zone:a", 2 * GiB, 2 * GiB));  // splits the first frame
  ASSERT_TRUE(memory.allocate("zone:b", 16 * GiB, 16 * GiB));
  EXPECT_FALSE(memory.allocate("zone:c", 16 * GiB, 16 * GiB));
  memory.release_all("zone:a");
  EXPECT_TRUE(memory.allocate("zone:c", 16 * GiB, 16 * GiB));
}

TEST(PhysicalMemory, PartialReleaseFreesHighestAddressesFirst) {
  PhysicalMemory memory(16 * GiB, kSparc);
  ASSERT_TRUE(memory.allocate("zone:a", 8 * GiB, 2 * GiB));
  EXPECT_EQ(memory.release("zone:a", 4 * GiB), 4 * GiB);
  EXPECT_EQ(memory.owned("zone:a"), 4 * GiB);
  ASSERT_TRUE(memory.allocate("zone:b", 12 * GiB, 2 * GiB));
  EXPECT_EQ(memory.free_bytes(), 0u);
}

// The free counts are kept per page size as blocks change hands; after any mix of allocations,
// releases, splits and merges they must agree with what the owners hold.
TEST(PhysicalMemory, FreeCountsFollowEveryAllocationAndRelease) {
  const Bytes total = 70 * GiB + 512 * MiB;
  PhysicalMemory memory(total, kSparc);
  const std::array<std::string, 3> owners = {"zone:a", "zone:b", "zone:c"};
  std::mt19937 random(7);
  for (int step = 0; step < 400; ++step) {
    const std::string& owner = owners[random() % owners.size()];
    const Bytes page = kSparc[random() % kSparc.size()];
    if (random() % 3 == 0) memory.release(owner, page * (1 + random() % 4));
    else memory.allocate(owner, page * (1 + random() % 3), page);
    Bytes owned = 0;
    for (const std::string& each : owners) owned += memory.owned(each);
    ASSERT_EQ(memory.free_bytes(), total - owned) << "step " << step;
    ASSERT_EQ(memory.free_pages(256 * MiB) * 256 * MiB, memory.free_bytes()) << "step " << step;
    ASSERT_LE(memory.free_pages(16 * GiB) * 16 * GiB, memory.free_bytes()) << "step " << step;
  }
}

TEST(PhysicalMemory, RefusesPageSizesTheHostDoesNotHave) {
  PhysicalMemory memory(16 * GiB, kSparc);
  EXPECT_FALSE(memory.supports(1 * GiB));
  EXPECT_EQ(memory.free_pages(1 * GiB), 0u);
  EXPECT_FALSE(memory.allocate("zone:a", 1 * GiB, 1 * GiB));
}

}  // namespace
}  // namespace kzsim::zones
