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

  std::size_t capacity() const { return ways_of_sets_.size(); }

 private:
  std::size_t ways_;
  std::uint64_t set_mask_;
  struct Way {
    std::uint64_t tag;    // empty_tag when unused
    std::uint64_t stamp;  // last use
  };
  std::vector<Way> ways_of_sets_;  // sets * ways
  std::uint64_t clock_ = 0;
};

}  // namespace kzsim::timing
