#pragma once
// A cycle-approximate model of one CPU model (catalog::Timing): a base CPI per instruction
// class, TLB levels for the page size in use, page walks whose loads go through the data caches
// (x86: a radix walk with paging-structure caches, two-dimensional under nested paging with a
// nested TLB, after Bhargava et al., ASPLOS 2008; sun4v: the hardware tablewalk of the TSB, then
// a trap on a TSB miss), data caches with their own line size, set count and replacement, and
// DRAM latency in cycles plus nanoseconds at the model's clock. Execution feeds it retired
// blocks (retire) and data accesses (access); a trace can feed access() directly. Levels that
// serve instructions only are not simulated.
//
// Cost of an access: a dependent load (the address comes from the previous load, as in a
// pointer chase) waits for the translation and the load-to-use latency of the level that hits;
// independent loads overlap, walks up to the number of walkers and misses up to the fill
// buffers. The class CPI of a load is its issue cost: access() adds what the access costs
// beyond it.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/timing/instruction_mix.hpp"
#include "core/timing/paging.hpp"
#include "core/timing/tag_sets.hpp"

namespace kzsim::timing {

struct TimingCounters {
  std::uint64_t instructions = 0;
  double cycles = 0;
  std::uint64_t accesses = 0;
  std::vector<std::uint64_t> tlb_misses;    // per TLB level in use, in catalog order
  double tlb_hit_cycles = 0;                // cycles added by hits in TLB levels after the first
  std::uint64_t walks = 0;
  std::uint64_t walk_references = 0;        // page-table (or TSB) loads made, after the walk caches
  double walk_cycles = 0;
  std::vector<std::uint64_t> cache_misses;  // per data cache level, in catalog order
  double memory_cycles = 0;                 // cycles added by cache levels and memory

  double cpi() const { return instructions == 0 ? 0 : cycles / static_cast<double>(instructions); }
  // Cycles the data accesses added to the class CPIs: TLB levels, walks, caches, memory.
  double stall_cycles() const { return tlb_hit_cycles + walk_cycles + memory_cycles; }
};

// A simulated level and how many entries (TLB) or bytes (cache) it holds.
struct LevelCapacity {
  std::string name;
  std::uint64_t capacity = 0;
};

class TimingModel {
 public:
  explicit TimingModel(const catalog::Timing& timing, Paging paging = {});

  void retire(const InstructionMix& mix) { retire(mix.total(), base_cycles(mix)); }
  // For callers that keep each translated block's base_cycles.
  void retire(std::uint32_t instructions, double cycles) {
    counters_.instructions += instructions;
    counters_.cycles += cycles;
  }
  // Cycles of `mix` from the class CPIs alone, before TLB, cache and memory effects.
  double base_cycles(const InstructionMix& mix) const;
  double cpi(InstructionClass cls) const { return cpi_[static_cast<std::size_t>(cls)]; }
  // A data access; `dependent` when its address came from the previous access's data.
  // Inline: trace-driven runs call this hundreds of millions of times.
  void access(std::uint64_t address, bool dependent = false) {
    ++counters_.accesses;
    const std::uint64_t page = address >> page_shift_;
    double translation = 0;
    if (page != last_page_) translation = translate(address);
    else last_walk_ = 0;
    const std::uint64_t line = address >> line_shift_;
    const double data = line == last_line_ || caches_.empty() ? first_latency_ : fetch(address);
    charge(translation, data, dependent);
  }

  const TimingCounters& counters() const { return counters_; }
  const Paging& paging() const { return paging_; }
  // Names of the TLB levels that hold entries for the page size in use.
  const std::vector<std::string>& tlb_names() const { return tlb_names_; }
  // What is simulated: entries per data TLB level, bytes per data cache level.
  std::vector<LevelCapacity> tlb_capacities() const;
  std::vector<LevelCapacity> cache_capacities() const;

 private:
  struct Tlb {
    TagSets tags;
    int hit_cycles;
  };
  struct Cache {
    TagSets tags;
    int line_shift;
    double latency;
  };
  double translate(std::uint64_t address);  // TLB levels after the first and walks, in cycles
  double fetch(std::uint64_t address);      // load-to-use latency of the level that hits
  double load(std::uint64_t address);       // a page-walk load: fetch() without the fast path
  double walk(std::uint64_t address);
  double radix_walk(std::uint64_t address);
  double host_translate(std::uint64_t guest_physical);
  double tsb_walk(std::uint64_t address);
  void charge(double translation, double data, bool dependent);

  std::array<double, instruction_class_count> cpi_{};
  Paging paging_;
  catalog::WalkKind walk_kind_;
  int page_shift_ = 0;
  int guest_shift_ = 0;  // leaf shift of the guest (or native) table
  int host_shift_ = 0;   // leaf shift of the host table (nested)
  int bits_per_level_ = 9;
  std::vector<Tlb> tlbs_;
  std::vector<std::string> tlb_names_;
  std::vector<std::string> cache_names_;
  std::vector<TagSets> guest_walk_caches_;  // skip the first k+1 guest levels
  std::vector<TagSets> host_walk_caches_;   // the same for the host dimension
  std::vector<TagSets> nested_tlb_;         // 0 or 1: guest-physical page -> host
  std::vector<TagSets> tsb_;                // 0 or 1: the TSB's entries (direct-mapped)
  int tsb_probes_ = 1;
  int tsb_miss_cycles_ = 0;
  std::vector<Cache> caches_;
  int line_shift_ = 6;         // the first data cache's
  double first_latency_ = 0;   // its load-to-use latency
  double memory_latency_ = 0;  // cycles
  double load_cpi_ = 1;
  double walkers_ = 1;
  double fill_buffers_ = 1;
  double last_walk_ = 0;  // the walk part of the last translate()
  std::uint64_t last_page_ = ~std::uint64_t{0};
  std::uint64_t last_line_ = ~std::uint64_t{0};
  TimingCounters counters_;
};

}  // namespace kzsim::timing
