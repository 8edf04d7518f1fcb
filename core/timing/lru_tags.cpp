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
  tags_.assign(sets * ways, empty_tag);
  stamps_.assign(sets * ways, 0);
}

bool LruTags::access(std::uint64_t tag) {
  const std::size_t base = static_cast<std::size_t>(tag & set_mask_) * ways_;
  ++clock_;
  std::size_t victim = base;
  for (std::size_t way = base; way < base + ways_; ++way) {
    if (tags_[way] == tag) {
      stamps_[way] = clock_;
      return true;
    }
    if (stamps_[way] < stamps_[victim]) victim = way;
  }
  tags_[victim] = tag;
  stamps_[victim] = clock_;
  return false;
}

}  // namespace kzsim::timing
