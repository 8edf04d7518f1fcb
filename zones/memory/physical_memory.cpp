#include "zones/memory/physical_memory.hpp"

#include <algorithm>
#include <iterator>

namespace kzsim::zones {

PhysicalMemory::PhysicalMemory(Bytes total, std::vector<Bytes> page_sizes)
    : total_(0), page_sizes_(std::move(page_sizes)) {
  Bytes address = 0;
  for (auto size = page_sizes_.rbegin(); size != page_sizes_.rend(); ++size) {
    while (total - address >= *size) {
      blocks_[address] = Block{*size, {}};
      address += *size;
    }
  }
  total_ = address;  // less than the smallest page is not addressable as pages
}

Bytes PhysicalMemory::free_bytes() const {
  Bytes sum = 0;
  for (const auto& [address, block] : blocks_) {
    if (block.owner.empty()) sum += block.size;
  }
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
  for (const auto& [address, block] : blocks_) {
    if (block.owner.empty() && block.size >= page_size) pages += block.size / page_size;
  }
  return pages;
}

void PhysicalMemory::split(Bytes address) {
  const Bytes size = blocks_.at(address).size;
  const Bytes smaller = page_sizes_.at(size_index(size) - 1);
  for (Bytes offset = 0; offset < size; offset += smaller) blocks_[address + offset] = Block{smaller, {}};
}

bool PhysicalMemory::allocate(std::string_view owner, Bytes amount, Bytes page_size) {
  if (!supports(page_size) || amount % page_size != 0 || free_pages(page_size) < amount / page_size) {
    return false;
  }
  for (Bytes needed = amount / page_size; needed > 0;) {
    auto fits = std::ranges::find_if(blocks_, [&](const auto& entry) {
      return entry.second.owner.empty() && entry.second.size >= page_size;
    });
    if (fits->second.size > page_size) {
      split(fits->first);
      continue;
    }
    fits->second.owner = owner;
    --needed;
  }
  return true;
}

Bytes PhysicalMemory::release(std::string_view owner, Bytes amount) {
  Bytes freed = 0;
  for (auto block = blocks_.rbegin(); block != blocks_.rend(); ++block) {
    if (block->second.owner != owner || freed + block->second.size > amount) continue;
    block->second.owner.clear();
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
      blocks_.erase(std::next(block), child);
      block->second.size = parent;
      ++block;
    }
  }
}

}  // namespace kzsim::zones
