#include "zones/memory/physical_memory.hpp"

#include <algorithm>
#include <iterator>
#include <optional>

namespace kzsim::zones {

PhysicalMemory::PhysicalMemory(Bytes total, std::vector<Bytes> page_sizes)
    : total_(0), page_sizes_(std::move(page_sizes)), free_by_size_(page_sizes_.size()) {
  Bytes address = 0;
  for (auto size = page_sizes_.rbegin(); size != page_sizes_.rend(); ++size) {
    while (total - address >= *size) {
      add_free(blocks_.end(), address, *size);
      address += *size;
    }
  }
  total_ = address;  // less than the smallest page is not addressable as pages
}

Bytes PhysicalMemory::free_bytes() const {
  Bytes sum = 0;
  for (std::size_t index = 0; index < page_sizes_.size(); ++index) sum += free_by_size_[index].size() * page_sizes_[index];
  return sum;
}

bool PhysicalMemory::supports(Bytes page_size) const {
  return std::ranges::find(page_sizes_, page_size) != page_sizes_.end();
}

std::size_t PhysicalMemory::size_index(Bytes size) const {
  return static_cast<std::size_t>(std::ranges::find(page_sizes_, size) - page_sizes_.begin());
}

std::uint64_t PhysicalMemory::free_pages(Bytes page_size) const {
  if (!supports(page_size)) return 0;
  std::uint64_t pages = 0;
  for (std::size_t index = size_index(page_size); index < page_sizes_.size(); ++index)
    pages += free_by_size_[index].size() * (page_sizes_[index] / page_size);
  return pages;
}

PhysicalMemory::Blocks::iterator PhysicalMemory::add_free(Blocks::const_iterator hint, Bytes address, Bytes size) {
  free_by_size_[size_index(size)].insert(address);
  return blocks_.insert_or_assign(hint, address, Block{size, {}});
}

void PhysicalMemory::set_owner(Blocks::iterator block, std::string_view owner) {
  auto& free = free_by_size_[size_index(block->second.size)];
  if (owner.empty()) free.insert(block->first);
  else free.erase(block->first);
  block->second.owner = owner;
}

// The lowest-address free block at least `page_size` large; there must be one.
PhysicalMemory::Blocks::iterator PhysicalMemory::lowest_free(Bytes page_size) {
  std::optional<Bytes> lowest;
  for (std::size_t index = size_index(page_size); index < page_sizes_.size(); ++index)
    if (!free_by_size_[index].empty() && (!lowest || *free_by_size_[index].begin() < *lowest))
      lowest = *free_by_size_[index].begin();
  return blocks_.find(*lowest);
}

void PhysicalMemory::split(Blocks::iterator block) {
  const Bytes address = block->first;
  const Bytes size = block->second.size;
  const Bytes smaller = page_sizes_.at(size_index(size) - 1);
  free_by_size_[size_index(size)].erase(address);
  auto next = blocks_.erase(block);
  for (Bytes offset = 0; offset < size; offset += smaller) add_free(next, address + offset, smaller);
}

bool PhysicalMemory::allocate(std::string_view owner, Bytes amount, Bytes page_size) {
  if (!supports(page_size) || amount % page_size != 0 || free_pages(page_size) < amount / page_size) {
    return false;
  }
  for (Bytes needed = amount / page_size; needed > 0;) {
    const auto fits = lowest_free(page_size);
    if (fits->second.size > page_size) {
      split(fits);
      continue;
    }
    set_owner(fits, owner);
    --needed;
  }
  return true;
}

Bytes PhysicalMemory::release(std::string_view owner, Bytes amount) {
  Bytes freed = 0;
  for (auto block = blocks_.rbegin(); block != blocks_.rend(); ++block) {
    if (block->second.owner != owner || freed + block->second.size > amount) continue;
    set_owner(std::prev(block.base()), {});
    freed += block->second.size;
  }
  coalesce();
  return freed;
}

Bytes PhysicalMemory::release_all(std::string_view owner) { return release(owner, owned(owner)); }

Bytes PhysicalMemory::owned(std::string_view owner) const {
  Bytes sum = 0;
  for (const auto& [address, block] : blocks_) {
    if (block.owner == owner) sum += block.size;
  }
  return sum;
}

// Merges free siblings bottom-up: a frame of the next larger size, aligned to that size, whose
// children are all free blocks of the smaller size becomes one free block again.
void PhysicalMemory::coalesce() {
  for (std::size_t index = 0; index + 1 < page_sizes_.size(); ++index) {
    const Bytes size = page_sizes_[index];
    const Bytes parent = page_sizes_[index + 1];
    for (auto block = blocks_.begin(); block != blocks_.end();) {
      const Bytes start = block->first;
      bool whole = start % parent == 0;
      auto child = block;
      for (Bytes offset = 0; whole && offset < parent; offset += size) {
        whole = child != blocks_.end() && child->first == start + offset && child->second.size == size &&
                child->second.owner.empty();
        if (whole) ++child;
      }
      if (!whole) {
        ++block;
        continue;
      }
      for (auto merged = block; merged != child; ++merged) free_by_size_[index].erase(merged->first);
      blocks_.erase(std::next(block), child);
      block->second.size = parent;
      free_by_size_[index + 1].insert(start);
      ++block;
    }
  }
}

}  // namespace kzsim::zones
