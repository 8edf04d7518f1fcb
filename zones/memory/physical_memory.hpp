#pragma once
// A host's physical memory as a buddy-like set of blocks. Memory starts as frames of the largest
// page size (the tail in smaller sizes); a free block splits into blocks of the next smaller page
// size (by their ratio) when a smaller page is needed, and siblings coalesce again when all of
// them are free. Placement is deterministic: the lowest-address free block that is large enough.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/units.hpp"

namespace kzsim::zones {

class PhysicalMemory {
 public:
  // `page_sizes` ascending, each dividing the next (as `pagesize -a` lists them).
  PhysicalMemory(Bytes total, std::vector<Bytes> page_sizes);

  Bytes total() const { return total_; }
  Bytes free_bytes() const;
  const std::vector<Bytes>& page_sizes() const { return page_sizes_; }
  bool supports(Bytes page_size) const;

  // How many pages of `page_size` could be allocated now (free blocks at least that large).
  std::uint64_t free_pages(Bytes page_size) const;

  // Gives `owner` `amount` bytes in pages of `page_size`, all or nothing. `amount` must be a
  // multiple of `page_size`; returns false (and changes nothing) when it is not or when there
  // are not enough free pages.
  bool allocate(std::string_view owner, Bytes amount, Bytes page_size);
  // Returns up to `amount` bytes of `owner`'s memory, highest addresses first; the bytes freed.
  Bytes release(std::string_view owner, Bytes amount);
  // Returns all of `owner`'s memory; the bytes freed.
  Bytes release_all(std::string_view owner);
  Bytes owned(std::string_view owner) const;

 private:
  struct Block {
    Bytes size = 0;
    std::string owner;  // empty when free
  };

  using Blocks = std::map<Bytes, Block>;

  std::size_t size_index(Bytes size) const;
  Blocks::iterator add_free(Blocks::const_iterator hint, Bytes address, Bytes size);
  void set_owner(Blocks::iterator block, std::string_view owner);
  Blocks::iterator lowest_free(Bytes page_size);
  void split(Blocks::iterator block);
  void coalesce();

  Bytes total_;
  std::vector<Bytes> page_sizes_;
  Blocks blocks_;  // by address
  // The addresses of the free blocks of each page size (indexed as page_sizes_), which answer
  // free_pages and placement without walking every block.
  std::vector<std::set<Bytes>> free_by_size_;
};

}  // namespace kzsim::zones
