#include "zones/memory/page_size_policy.hpp"

#include <algorithm>
#include <vector>

#include "zones/memory/memory_messages.hpp"

namespace kzsim::zones {

std::optional<PageSizePolicy> parse_page_size_policy(std::string_view text) {
  if (text.empty()) return PageSizePolicy::Unset;
  if (text == "largest-available") return PageSizePolicy::LargestAvailable;
  if (text == "largest-only") return PageSizePolicy::LargestOnly;
  if (text == "smallest-only") return PageSizePolicy::SmallestOnly;
  if (text == "fixed") return PageSizePolicy::Fixed;
  return std::nullopt;
}

Bytes minimum_zone_page_size(catalog::Arch arch) { return arch == catalog::Arch::Sparc ? 256 * MiB : 2 * MiB; }

namespace {

bool fits(const PhysicalMemory& memory, Bytes amount, Bytes page_size) {
  return amount % page_size == 0 && memory.free_pages(page_size) >= amount / page_size;
}

// A choice of one page size: aligned and available, or the reason it is not.
PageSizeChoice exactly(const PhysicalMemory& memory, Bytes amount, Bytes page_size) {
  if (amount % page_size != 0) return {0, unaligned_memory_message(amount, page_size)};
  if (!fits(memory, amount, page_size)) return {0, not_enough_contiguous_pages_message(amount)};
  return {page_size, {}};
}

}  // namespace

PageSizeChoice choose_page_size(const PhysicalMemory& memory, catalog::Arch arch, const PageSizeRequest& request) {
  const Bytes minimum = minimum_zone_page_size(arch);
  std::vector<Bytes> zone_sizes;
  std::ranges::copy_if(memory.page_sizes(), std::back_inserter(zone_sizes), [&](Bytes size) { return size >= minimum; });
  if (zone_sizes.empty()) return {0, not_enough_contiguous_pages_message(request.amount)};

  switch (request.policy) {
    case PageSizePolicy::LargestOnly:
      return exactly(memory, request.amount, zone_sizes.back());
    case PageSizePolicy::SmallestOnly:
      return exactly(memory, request.amount, minimum);
    case PageSizePolicy::Fixed: {
      const auto size = parse_size(request.fixed_page_size);
      if (!size || *size < minimum || !memory.supports(*size)) {
        return {0, unsupported_page_size_message(request.fixed_page_size)};
      }
      return exactly(memory, request.amount, *size);
    }
    case PageSizePolicy::LargestAvailable:
      // Not `| std::views::reverse`: clang 14 (the sanitizer and fuzz builds) cannot compile
      // libstdc++ 12's range adaptors.
      for (auto size = zone_sizes.rbegin(); size != zone_sizes.rend(); ++size) {
        if (fits(memory, request.amount, *size)) return {*size, {}};
      }
      return exactly(memory, request.amount, minimum);
    case PageSizePolicy::Unset:
      for (Bytes size : zone_sizes) {
        if (fits(memory, request.amount, size)) return {size, {}};
      }
      return exactly(memory, request.amount, minimum);
  }
  return exactly(memory, request.amount, minimum);
}

}  // namespace kzsim::zones
