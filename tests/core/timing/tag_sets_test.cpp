#include "core/timing/tag_sets.hpp"

#include <gtest/gtest.h>

namespace kzsim::timing {
namespace {

TEST(TagSets, KeepsExactlyTheEntriesAndWaysGiven) {
  const TagSets skylake_stlb(1536, 6);  // 256 sets of 6
  EXPECT_EQ(skylake_stlb.capacity(), 1536u);
  EXPECT_EQ(skylake_stlb.sets(), 256u);
  const TagSets skylake_l3(33 * 1024 * 1024 / 64, 11);  // 49,152 sets: not a power of two
  EXPECT_EQ(skylake_l3.capacity(), 33u * 1024 * 1024 / 64);
  EXPECT_EQ(skylake_l3.sets(), 49152u);
  const TagSets golden_cove_l1(96, 6);
  EXPECT_EQ(golden_cove_l1.capacity(), 96u);
}

TEST(TagSets, ANonPowerOfTwoSetCountHoldsItsWholeCapacity) {
  TagSets tags(96, 6);  // 16 sets
  for (std::uint64_t tag = 0; tag < 96; ++tag) tags.access(tag);
  for (std::uint64_t tag = 0; tag < 96; ++tag) EXPECT_TRUE(tags.access(tag)) << tag;
  TagSets odd(11 * 3, 11);  // 3 sets
  for (std::uint64_t tag = 0; tag < 33; ++tag) odd.access(tag);
  for (std::uint64_t tag = 0; tag < 33; ++tag) EXPECT_TRUE(odd.access(tag)) << tag;
}

TEST(TagSets, LruEvictsTheLeastRecentlyUsed) {
  TagSets tags(4, 0);
  for (std::uint64_t tag : {1, 2, 3, 4}) tags.access(tag);
  tags.access(1);
  tags.access(5);  // evicts 2
  EXPECT_TRUE(tags.access(1));
  EXPECT_FALSE(tags.access(2));
}

TEST(TagSets, TreePlruEvictsAwayFromRecentUse) {
  TagSets tags(4, 4, catalog::Replacement::TreePlru);
  for (std::uint64_t tag : {1, 2, 3, 4}) EXPECT_FALSE(tags.access(tag));
  for (std::uint64_t tag : {1, 2, 3, 4}) EXPECT_TRUE(tags.access(tag));
  // After touching 1..4 in order the tree points at way 0 (tag 1): the pseudo-LRU victim.
  EXPECT_FALSE(tags.access(5));
  EXPECT_FALSE(tags.access(1));
  EXPECT_TRUE(tags.access(5));
}

}  // namespace
}  // namespace kzsim::timing
