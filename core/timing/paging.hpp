#pragma once
// How guest addresses are translated: the page size the workload uses, the guest page-table
// depth, and, for a virtualised guest, the host (nested) page-table depth.
#include <cstdint>

#include "core/units.hpp"

namespace kzsim::timing {

struct Paging {
  Bytes page_size = 0;   // 0: the smallest page size of the first TLB level
  int guest_levels = 0;  // 0: catalog::Timing::page_walk_levels
  int host_levels = 0;   // 0: native (no nested paging)
};

// Memory references of one TLB-miss walk: the guest levels natively; with nested paging every
// guest level and the final guest-physical address are themselves translated by a host walk,
// (g+1)*(h+1)-1 references (24 for 4 x 4, Bhargava et al. 2008).
int walk_references(int guest_levels, int host_levels);

// Levels of a radix page table when a larger page ends the walk early: each level resolves
// `bits_per_level` address bits (9 on x86-64), so a 2M page on a 4-level 4K table needs 3.
int radix_levels(int base_levels, Bytes base_page, Bytes page, int bits_per_level);

}  // namespace kzsim::timing
