#pragma once
// A set-associative store of tags with true LRU replacement inside each set: the shape of
// both the TLB levels and the caches. The set is chosen by the low bits of the tag, so a run
// of consecutive pages or lines spreads evenly over the sets, and the result depends only on
// the sequence of tags (deterministic).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kzsim::timing {

class LruTags {
 public:
  // `entries` tags in sets of `ways`; the number of sets is rounded down to a power of two
  // (entries that do not fill a whole set are dropped). A zero `ways` means "pick": sets of
  // about 8 ways, fully associative for 8 entries or fewer.
  LruTags(std::size_t entries, std::size_t ways);

  // Looks `tag` up; on a miss inserts it in place of the set's least recently used tag.
  // Returns true on a hit.
  bool access(std::uint64_t tag);

  std::size_t capacity() const { return tags_.size(); }

 private:
  std::size_t ways_;
  std::uint64_t set_mask_;
  std::vector<std::uint64_t> tags_;    // sets * ways; empty_tag when unused
  std::vector<std::uint64_t> stamps_;  // last use of each way
  std::uint64_t clock_ = 0;
};

}  // namespace kzsim::timing
