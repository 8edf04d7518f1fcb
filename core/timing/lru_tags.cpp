#include "core/timing/lru_tags.hpp"

#include <algorithm>
#include <bit>
#include <limits>

namespace kzsim::timing {
namespace {
constexpr std::uint64_t empty_tag = std::numeric_limits<std::uint64_t>::max();
}

LruTags::LruTags(std::size_t entries, std::size_t ways) {
  entries = std::max<std::size_t>(entries, 1);
  if (ways == 0) ways = std::min<std::size_t>(entries, 8);
  ways = std::min(ways, entries);
  const std::size_t sets = std::bit_floor(entries / ways);
  ways_ = ways;
  set_mask_ = sets - 1;
  ways_of_sets_.assign(sets * ways, Way{empty_tag, 0});
}

bool LruTags::access(std::uint64_t tag) {
  Way* set = ways_of_sets_.data() + static_cast<std::size_t>(tag & set_mask_) * ways_;
  ++clock_;
  // One pass without early exit: the hit and the victim are found with selects, not branches,
  // which random traces would mispredict.
  std::size_t hit = ways_, victim = 0;
  std::uint64_t oldest = set[0].stamp;
  for (std::size_t way = 0; way < ways_; ++way) {
    hit = set[way].tag == tag ? way : hit;
    const bool older = set[way].stamp < oldest;
    victim = older ? way : victim;
    oldest = older ? set[way].stamp : oldest;
  }
  const bool found = hit != ways_;
  Way& used = set[found ? hit : victim];
  used.tag = tag;
  used.stamp = clock_;
  return found;
}

}  // namespace kzsim::timing
