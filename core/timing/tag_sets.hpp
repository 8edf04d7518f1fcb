#pragma once
// A set-associative store of tags, the shape of both the TLB levels and the caches: exactly
// `sets` sets of `ways` ways (any whole number of sets: Skylake's 1,536-entry STLB is 128 sets
// of 12, its 33M L3 49,152 sets of 11), the set chosen by the tag modulo the set count, so a run
// of consecutive pages or lines spreads evenly over the sets. Replacement inside a set is true
// LRU or tree pseudo-LRU. The result depends only on the sequence of tags (deterministic).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace kzsim::timing {

class TagSets {
 public:
  // `entries` tags in sets of `ways` (0: one fully associative set); `entries` must be a
  // multiple of `ways` (the catalog checks it).
  TagSets(std::size_t entries, std::size_t ways, catalog::Replacement replacement = catalog::Replacement::Lru);

  // Looks `tag` up; on a miss inserts it in place of the set's victim. Returns true on a hit.
  bool access(std::uint64_t tag) { return plru_ ? access_plru(tag) : access_lru(tag); }

  std::size_t capacity() const { return sets_ * ways_; }
  std::size_t sets() const { return sets_; }
  std::size_t ways() const { return ways_; }

 private:
  std::size_t set_of(std::uint64_t tag) const {
    return static_cast<std::size_t>(set_mask_ != 0 || sets_ == 1 ? tag & set_mask_ : tag % sets_);
  }
  bool access_lru(std::uint64_t tag);
  bool access_plru(std::uint64_t tag);

  std::size_t sets_;
  std::size_t ways_;
  std::uint64_t set_mask_;  // sets - 1 when sets is a power of two, else 0 (modulo)
  bool plru_;
  std::vector<std::uint64_t> tags_;    // sets * ways; empty_tag when unused
  std::vector<std::uint32_t> stamps_;  // LRU: last use, per way
  std::vector<std::uint64_t> trees_;   // tree-PLRU: ways-1 direction bits per set
  std::uint32_t clock_ = 0;
};

}  // namespace kzsim::timing
