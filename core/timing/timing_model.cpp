#include "core/timing/timing_model.hpp"

#include <algorithm>
#include <bit>
#include <string>

#include "core/error.hpp"

namespace kzsim::timing {
namespace {

// Data accesses go through every level except those that serve instruction fetches only.
bool serves_data(std::string_view name) { return name.find("ITLB") == std::string_view::npos && name != "L1I"; }

Bytes smallest_page(const catalog::Timing& timing) {
  for (const auto& tlb : timing.tlbs)
    if (!tlb.entries_per_page_size.empty()) return tlb.entries_per_page_size.begin()->first;
  return 4 * KiB;
}

}  // namespace

TimingModel::TimingModel(const catalog::Timing& timing, Paging paging) : paging_(paging) {
  for (std::size_t cls = 0; cls < instruction_class_count; ++cls) {
    const auto found = timing.cpi_by_class.find(std::string(class_name(InstructionClass(cls))));
    cpi_[cls] = found == timing.cpi_by_class.end() ? timing.base_cpi : found->second;
  }
  if (paging_.page_size == 0) paging_.page_size = smallest_page(timing);
  if (paging_.guest_levels == 0) paging_.guest_levels = timing.page_walk_levels;
  if (!std::has_single_bit(paging_.page_size))
    throw InputError("timing: page size " + format_size(paging_.page_size) + " is not a power of two");
  page_shift_ = std::countr_zero(paging_.page_size);
  walk_references_ = walk_references(paging_.guest_levels, paging_.host_levels);
  walk_reference_cycles_ = timing.walk_reference_cycles;

  for (const auto& tlb : timing.tlbs) {
    if (!serves_data(tlb.name)) continue;
    const auto entries = tlb.entries_per_page_size.find(paging_.page_size);
    if (entries == tlb.entries_per_page_size.end() || entries->second <= 0) continue;
    tlbs_.push_back({LruTags(static_cast<std::size_t>(entries->second), 0), tlb.hit_cycles});
    tlb_names_.push_back(tlb.name);
  }
  // Lines are tracked at the first level's size; the catalog's levels share one line size.
  if (!timing.caches.empty())
    line_shift_ = std::countr_zero(static_cast<unsigned>(timing.caches.front().line_bytes));
  for (const auto& cache : timing.caches) {
    if (!serves_data(cache.name)) continue;
    caches_.push_back({LruTags(cache.size / static_cast<Bytes>(cache.line_bytes),
                               static_cast<std::size_t>(cache.ways)),
                       cache.hit_cycles});
  }
  memory_latency_ = timing.memory_latency_cycles;
  counters_.tlb_misses.assign(tlbs_.size(), 0);
  counters_.cache_misses.assign(caches_.size(), 0);
}

double TimingModel::base_cycles(const InstructionMix& mix) const {
  double cycles = 0;
  for (std::size_t cls = 0; cls < instruction_class_count; ++cls) cycles += mix.counts[cls] * cpi_[cls];
  return cycles;
}

void TimingModel::translate(std::uint64_t page) {
  last_page_ = page;
  for (std::size_t level = 0; level < tlbs_.size(); ++level) {
    if (tlbs_[level].tags.access(page)) {
      if (level > 0) {
        counters_.cycles += tlbs_[level].hit_cycles;
        counters_.tlb_hit_cycles += static_cast<std::uint64_t>(tlbs_[level].hit_cycles);
      }
      return;
    }
    ++counters_.tlb_misses[level];
  }
  const std::uint64_t walk_cycles =
      static_cast<std::uint64_t>(walk_references_) * static_cast<std::uint64_t>(walk_reference_cycles_);
  ++counters_.walks;
  counters_.walk_references += static_cast<std::uint64_t>(walk_references_);
  counters_.walk_cycles += walk_cycles;
  counters_.cycles += static_cast<double>(walk_cycles);
}

void TimingModel::fetch(std::uint64_t line) {
  last_line_ = line;
  for (std::size_t level = 0; level < caches_.size(); ++level) {
    if (caches_[level].tags.access(line)) {
      if (level > 0) {
        counters_.cycles += caches_[level].hit_cycles;
        counters_.memory_cycles += static_cast<std::uint64_t>(caches_[level].hit_cycles);
      }
      return;
    }
    ++counters_.cache_misses[level];
  }
  counters_.cycles += memory_latency_;
  counters_.memory_cycles += static_cast<std::uint64_t>(memory_latency_);
}

}  // namespace kzsim::timing
