#include "core/study/zone_paging.hpp"

#include <algorithm>
#include <bit>

namespace kzsim::study {
namespace {

// A table page of the smallest page size holds 8-byte entries, each level resolving log2 of
// their count: 9 bits on x86-64 (4K pages), 10 for sun4v's 8K (kzsim model for SPARC).
int levels_for(const catalog::CpuModel& model, Bytes page) {
  const Bytes base = model.page_sizes.front();
  const int bits_per_level = std::countr_zero(base / 8);
  return timing::radix_levels(model.timing.page_walk_levels, base, page, bits_per_level);
}

Bytes cached_page(const catalog::CpuModel& model, Bytes page) {
  Bytes cached = model.page_sizes.front();
  for (const auto& tlb : model.timing.tlbs)
    for (const auto& [size, entries] : tlb.entries_per_page_size)
      if (entries > 0 && size <= page) cached = std::max(cached, size);
  return cached;
}

}  // namespace

timing::Paging nested_paging(const catalog::CpuModel& model, Bytes guest_page, Bytes backing_page) {
  return {cached_page(model, std::min(guest_page, backing_page)), levels_for(model, guest_page),
          levels_for(model, backing_page)};
}

timing::Paging native_paging(const catalog::CpuModel& model, Bytes page) {
  return {cached_page(model, page), levels_for(model, page), 0};
}

}  // namespace kzsim::study
