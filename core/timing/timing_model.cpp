#include "core/timing/timing_model.hpp"

#include <algorithm>
#include <bit>
#include <string>

#include "core/error.hpp"

namespace kzsim::timing {
namespace {

bool serves_data(catalog::Serves serves) { return serves != catalog::Serves::Instructions; }

Bytes smallest_page(const catalog::Timing& timing) {
  for (const auto& tlb : timing.tlbs)
    if (!tlb.entries_per_page_size.empty()) return tlb.entries_per_page_size.begin()->first;
  return 4 * KiB;
}

// Page-table entries live in regions of their own, one per table level and dimension, above
// any address a trace holds (user addresses stay below 2^48): entry addresses within a level
// are consecutive for consecutive pages, so eight neighbouring pages share a 64-byte line of
// entries, as in a real radix table.
std::uint64_t guest_table(int level) { return static_cast<std::uint64_t>(0x10 + level) << 48; }
std::uint64_t host_table(int level) { return static_cast<std::uint64_t>(0x20 + level) << 48; }
std::uint64_t tsb_base(int probe) { return static_cast<std::uint64_t>(0x30 + probe) << 48; }

std::vector<TagSets> walk_caches(const std::vector<int>& entries, int levels) {
  std::vector<TagSets> caches;
  for (int k = 0; k < static_cast<int>(entries.size()) && k < levels - 1; ++k)
    caches.emplace_back(static_cast<std::size_t>(std::max(entries[static_cast<std::size_t>(k)], 1)), 0);
  // A level the catalog gives no entries holds none: trimmed from the end.
  while (!caches.empty() && entries[caches.size() - 1] == 0) caches.pop_back();
  return caches;
}

// The level a walk starts at: past the deepest walk cache holding the entry for `address`;
// the caches that miss are filled on the way, as the walk brings their entries in.
int start_level(std::vector<TagSets>& caches, std::uint64_t address, int leaf_shift, int levels, int bits) {
  for (int k = static_cast<int>(caches.size()) - 1; k >= 0; --k)
    if (caches[static_cast<std::size_t>(k)].access(address >> (leaf_shift + bits * (levels - 1 - k)))) return k + 1;
  return 0;
}

std::size_t ways_of(const catalog::TlbLevel& tlb, Bytes page) {
  const auto found = tlb.ways_per_page_size.find(page);
  return found == tlb.ways_per_page_size.end() ? 0 : static_cast<std::size_t>(found->second);
}

}  // namespace

TimingModel::TimingModel(const catalog::Timing& timing, Paging paging) : paging_(paging), walk_kind_(timing.walk) {
  for (std::size_t cls = 0; cls < instruction_class_count; ++cls) {
    const auto found = timing.cpi_by_class.find(std::string(class_name(InstructionClass(cls))));
    cpi_[cls] = found == timing.cpi_by_class.end() ? timing.base_cpi : found->second;
  }
  load_cpi_ = cpi(InstructionClass::Load);
  const Bytes base_page = smallest_page(timing);
  if (paging_.page_size == 0) paging_.page_size = base_page;
  if (paging_.guest_levels == 0) paging_.guest_levels = timing.page_walk_levels;
  if (!std::has_single_bit(paging_.page_size))
    throw InputError("timing: page size " + format_size(paging_.page_size) + " is not a power of two");
  page_shift_ = std::countr_zero(paging_.page_size);
  const int base_shift = std::countr_zero(base_page);
  bits_per_level_ = std::max(1, base_shift - 3);
  guest_shift_ = base_shift + bits_per_level_ * (timing.page_walk_levels - paging_.guest_levels);
  host_shift_ = base_shift + bits_per_level_ * (timing.page_walk_levels - std::max(paging_.host_levels, 1));
  walkers_ = timing.walkers;
  fill_buffers_ = timing.fill_buffers;

  for (const auto& tlb : timing.tlbs) {
    if (!serves_data(tlb.serves)) continue;
    const auto entries = tlb.entries_per_page_size.find(paging_.page_size);
    if (entries == tlb.entries_per_page_size.end() || entries->second <= 0) continue;
    tlbs_.push_back({TagSets(static_cast<std::size_t>(entries->second), ways_of(tlb, paging_.page_size), tlb.replacement),
                     tlb.hit_cycles});
    tlb_names_.push_back(tlb.name);
  }
  if (walk_kind_ == catalog::WalkKind::Radix) {
    guest_walk_caches_ = walk_caches(timing.walk_cache_entries, paging_.guest_levels);
    if (paging_.host_levels > 0) {
      host_walk_caches_ = walk_caches(timing.walk_cache_entries, paging_.host_levels);
      if (timing.nested_tlb_entries > 0) nested_tlb_.emplace_back(static_cast<std::size_t>(timing.nested_tlb_entries), 0);
    }
  } else {
    tsb_.emplace_back(static_cast<std::size_t>(std::max(timing.tsb_entries, 1)), 1);
    tsb_probes_ = timing.page_walk_levels;
    tsb_miss_cycles_ = timing.tsb_miss_cycles;
  }
  for (const auto& cache : timing.caches) {
    if (!serves_data(cache.serves)) continue;
    const int shift = std::countr_zero(static_cast<unsigned>(cache.line_bytes));
    caches_.push_back({TagSets(static_cast<std::size_t>(cache.size >> shift), static_cast<std::size_t>(cache.ways),
                               cache.replacement),
                       shift, static_cast<double>(cache.hit_cycles)});
    cache_names_.push_back(cache.name);
  }
  if (!caches_.empty()) {
    line_shift_ = caches_.front().line_shift;
    first_latency_ = caches_.front().latency;
  }
  memory_latency_ = timing.memory_cycles();
  if (caches_.empty()) first_latency_ = memory_latency_;
  counters_.tlb_misses.assign(tlbs_.size(), 0);
  counters_.cache_misses.assign(caches_.size(), 0);
}

std::vector<LevelCapacity> TimingModel::tlb_capacities() const {
  std::vector<LevelCapacity> levels;
  for (std::size_t i = 0; i < tlbs_.size(); ++i) levels.push_back({tlb_names_[i], tlbs_[i].tags.capacity()});
  return levels;
}

std::vector<LevelCapacity> TimingModel::cache_capacities() const {
  std::vector<LevelCapacity> levels;
  for (std::size_t i = 0; i < caches_.size(); ++i)
    levels.push_back({cache_names_[i], static_cast<std::uint64_t>(caches_[i].tags.capacity()) << caches_[i].line_shift});
  return levels;
}

double TimingModel::base_cycles(const InstructionMix& mix) const {
  double cycles = 0;
  for (std::size_t cls = 0; cls < instruction_class_count; ++cls) cycles += mix.counts[cls] * cpi_[cls];
  return cycles;
}

void TimingModel::charge(double translation, double data, bool dependent) {
  const double tlb = translation - last_walk_;
  const double cost = dependent ? translation + data : translation / walkers_ + data / fill_buffers_;
  const double extra = std::max(0.0, cost - load_cpi_);
  counters_.cycles += extra;
  if (cost <= 0) return;
  // The extra cycles split in proportion to what caused them.
  const double share = extra / cost;
  const double tlb_part = (dependent ? tlb : tlb / walkers_) * share;
  const double walk_part = (dependent ? last_walk_ : last_walk_ / walkers_) * share;
  counters_.tlb_hit_cycles += tlb_part;
  counters_.walk_cycles += walk_part;
  counters_.memory_cycles += extra - tlb_part - walk_part;
}

double TimingModel::translate(std::uint64_t address) {
  const std::uint64_t page = address >> page_shift_;
  last_page_ = page;
  last_walk_ = 0;
  if (tlbs_.empty()) return 0;  // no translation modelled
  double cycles = 0;
  for (std::size_t level = 0; level < tlbs_.size(); ++level) {
    if (tlbs_[level].tags.access(page)) return cycles;
    ++counters_.tlb_misses[level];
    if (level + 1 < tlbs_.size()) cycles += tlbs_[level + 1].hit_cycles;
  }
  ++counters_.walks;
  last_walk_ = walk(address);
  return cycles + last_walk_;
}

double TimingModel::walk(std::uint64_t address) {
  return walk_kind_ == catalog::WalkKind::Tsb ? tsb_walk(address) : radix_walk(address);
}

double TimingModel::fetch(std::uint64_t address) {
  last_line_ = address >> line_shift_;
  return load(address);
}

double TimingModel::load(std::uint64_t address) {
  for (std::size_t level = 0; level < caches_.size(); ++level) {
    if (caches_[level].tags.access(address >> caches_[level].line_shift)) return caches_[level].latency;
    ++counters_.cache_misses[level];
  }
  return memory_latency_;
}

// Each guest level's entry is read at its guest-physical address, which under nested paging
// the host translates first; then the data's guest-physical address is translated. Natively
// the entries are read directly: (g+1)*(h+1)-1 loads nested, g native, fewer with walk caches.
double TimingModel::radix_walk(std::uint64_t address) {
  const int levels = paging_.guest_levels;
  const bool nested = paging_.host_levels > 0;
  double cycles = 0;
  for (int level = start_level(guest_walk_caches_, address, guest_shift_, levels, bits_per_level_); level < levels; ++level) {
    const std::uint64_t entry = guest_table(level) + (address >> (guest_shift_ + bits_per_level_ * (levels - 1 - level))) * 8;
    if (nested) cycles += host_translate(entry);
    ++counters_.walk_references;
    cycles += load(entry);
  }
  if (nested) cycles += host_translate(address);
  return cycles;
}

double TimingModel::host_translate(std::uint64_t guest_physical) {
  if (!nested_tlb_.empty() && nested_tlb_.front().access(guest_physical >> host_shift_)) return 0;
  const int levels = paging_.host_levels;
  double cycles = 0;
  for (int level = start_level(host_walk_caches_, guest_physical, host_shift_, levels, bits_per_level_); level < levels; ++level) {
    ++counters_.walk_references;
    cycles += load(host_table(level) + (guest_physical >> (host_shift_ + bits_per_level_ * (levels - 1 - level))) * 8);
  }
  return cycles;
}

// sun4v: the hardware tablewalk reads the TSB entry (16 bytes) the page indexes; when the TSB
// holds the translation that is the walk. Otherwise every configured TSB is probed and the miss
// traps to the kernel's handler, which walks its own structures and fills the TSB (the
// hypervisor when the guest runs under one). A nested TSB entry holds the guest's real address,
// translated to physical by the hardware's real-to-physical ranges: no extra loads.
double TimingModel::tsb_walk(std::uint64_t address) {
  const std::uint64_t page = address >> page_shift_;
  const std::size_t entries = tsb_.front().capacity();
  const std::uint64_t slot = page % entries;
  const bool held = tsb_.front().access(page);
  const int probes = held ? 1 : tsb_probes_;
  double cycles = 0;
  for (int probe = 0; probe < probes; ++probe) {
    ++counters_.walk_references;
    cycles += load(tsb_base(probe) + slot * 16);
  }
  return held ? cycles : cycles + tsb_miss_cycles_;
}

}  // namespace kzsim::timing
