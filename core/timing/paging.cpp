#include "core/timing/paging.hpp"

#include <algorithm>
#include <bit>

namespace kzsim::timing {

int walk_references(int guest_levels, int host_levels) {
  if (host_levels == 0) return guest_levels;
  return (guest_levels + 1) * (host_levels + 1) - 1;
}

int radix_levels(int base_levels, Bytes base_page, Bytes page, int bits_per_level) {
  const int extra_bits = std::countr_zero(page) - std::countr_zero(base_page);
  return std::max(1, base_levels - std::max(0, extra_bits) / bits_per_level);
}

}  // namespace kzsim::timing
