#include "core/timing/tag_sets.hpp"

#include <algorithm>
#include <bit>
#include <limits>

namespace kzsim::timing {
namespace {
constexpr std::uint64_t empty_tag = std::numeric_limits<std::uint64_t>::max();
}

TagSets::TagSets(std::size_t entries, std::size_t ways, catalog::Replacement replacement) {
  entries = std::max<std::size_t>(entries, 1);
  ways_ = ways == 0 ? entries : std::min(ways, entries);
  sets_ = entries / ways_;
  set_mask_ = std::has_single_bit(sets_) ? sets_ - 1 : 0;
  plru_ = replacement == catalog::Replacement::TreePlru && ways_ > 1 && std::has_single_bit(ways_) && ways_ <= 64;
  tags_.assign(sets_ * ways_, empty_tag);
  if (plru_) trees_.assign(sets_, 0);
  else stamps_.assign(sets_ * ways_, 0);
}

bool TagSets::access_lru(std::uint64_t tag) {
  const std::size_t base = set_of(tag) * ways_;
  const std::uint64_t* set = tags_.data() + base;
  std::uint32_t* stamps = stamps_.data() + base;
  if (++clock_ == 0) {  // the 32-bit clock wrapped: keep the order, restart the stamps
    std::ranges::fill(stamps_, 0);
    clock_ = 1;
  }
  // One pass without early exit: the hit and the victim are found with selects, not branches,
  // which random traces would mispredict.
  std::size_t hit = ways_, victim = 0;
  std::uint32_t oldest = stamps[0];
  for (std::size_t way = 0; way < ways_; ++way) {
    hit = set[way] == tag ? way : hit;
    const bool older = stamps[way] < oldest;
    victim = older ? way : victim;
    oldest = older ? stamps[way] : oldest;
  }
  const bool found = hit != ways_;
  const std::size_t used = found ? hit : victim;
  tags_[base + used] = tag;
  stamps[used] = clock_;
  return found;
}

// Heap-ordered tree: node 1 is the root, node n's children are 2n and 2n+1, leaf `ways + w` is
// way w. A set bit sends the victim search right.
bool TagSets::access_plru(std::uint64_t tag) {
  const std::size_t index = set_of(tag);
  std::uint64_t* set = tags_.data() + index * ways_;
  std::size_t way = std::find(set, set + ways_, tag) - set;
  const bool found = way != ways_;
  std::uint64_t& tree = trees_[index];
  if (!found) {
    std::size_t node = 1;
    while (node < ways_) node = 2 * node + ((tree >> node) & 1);
    way = node - ways_;
    set[way] = tag;
  }
  for (std::size_t node = way + ways_; node > 1; node /= 2) {
    const std::uint64_t bit = std::uint64_t{1} << (node / 2);
    tree = (node & 1) != 0 ? tree & ~bit : tree | bit;  // point the parent away from this child
  }
  return found;
}

}  // namespace kzsim::timing
