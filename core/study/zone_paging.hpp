#pragma once
// How a kernel zone's data accesses are translated: the guest maps its memory in guest pages,
// the host backs the zone's memory in the page size its page-size policy chose. A TLB entry
// then covers the smaller of the two (the hardware caches the combined translation), and a
// miss walks the guest table with every reference translated by the host table (2-D walk).
#include "core/catalog/catalog.hpp"
#include "core/timing/paging.hpp"
#include "core/units.hpp"

namespace kzsim::study {

// Guest pages of `guest_page` backed by host pages of `backing_page`. A page size no TLB level
// of the model holds is cached as the largest smaller size one does (the entry is splintered).
timing::Paging nested_paging(const catalog::CpuModel& model, Bytes guest_page, Bytes backing_page);

// The same workload in the global zone: pages of `page` and no host dimension.
timing::Paging native_paging(const catalog::CpuModel& model, Bytes page);

}  // namespace kzsim::study
