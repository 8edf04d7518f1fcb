#pragma once
// A cycle-approximate model of one CPU model (catalog::Timing): a base CPI per instruction
// class, TLB levels for the page size in use with native or nested page walks, data caches and
// memory latency. Execution feeds it retired blocks (retire) and data accesses (access); a
// trace can feed access() directly. Instruction-only levels (ITLB, L1I) are not modelled.
// Associativity of TLBs is not in the catalog: they are modelled with sets of about 8 ways
// (see LruTags), which behaves as fully associative for runs of consecutive pages. Hits in the first TLB level and the first cache level are
// part of the class CPI; deeper hits, walks and memory add their latency.
#include <array>
#include <cstdint>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/timing/instruction_mix.hpp"
#include "core/timing/lru_tags.hpp"
#include "core/timing/paging.hpp"

namespace kzsim::timing {

struct TimingCounters {
  std::uint64_t instructions = 0;
  double cycles = 0;
  std::uint64_t accesses = 0;
  std::vector<std::uint64_t> tlb_misses;    // per TLB level in use, in catalog order
  std::uint64_t tlb_hit_cycles = 0;         // cycles added by hits in TLB levels after the first
  std::uint64_t walks = 0;
  std::uint64_t walk_references = 0;
  std::uint64_t walk_cycles = 0;
  std::vector<std::uint64_t> cache_misses;  // per cache level, in catalog order
  std::uint64_t memory_cycles = 0;          // cycles added by cache levels and memory

  double cpi() const { return instructions == 0 ? 0 : cycles / static_cast<double>(instructions); }
  // Cycles the data accesses added to the class CPIs: TLB levels, walks, caches, memory.
  std::uint64_t stall_cycles() const { return tlb_hit_cycles + walk_cycles + memory_cycles; }
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
  // Inline: trace-driven runs call this hundreds of millions of times.
  void access(std::uint64_t address) {
    ++counters_.accesses;
    const std::uint64_t page = address >> page_shift_;
    if (page != last_page_) translate(page);
    if (!caches_.empty()) {
      const std::uint64_t line = address >> line_shift_;
      if (line != last_line_) fetch(line);
    }
  }

  const TimingCounters& counters() const { return counters_; }
  const Paging& paging() const { return paging_; }
  // Names of the TLB levels that hold entries for the page size in use.
  const std::vector<std::string>& tlb_names() const { return tlb_names_; }

 private:
  struct Level {
    LruTags tags;
    int hit_cycles;
  };
  void translate(std::uint64_t page);
  void fetch(std::uint64_t line);

  std::array<double, instruction_class_count> cpi_{};
  Paging paging_;
  int page_shift_ = 0;
  int walk_references_ = 0;
  int walk_reference_cycles_ = 0;
  std::vector<Level> tlbs_;
  std::vector<std::string> tlb_names_;
  std::vector<Level> caches_;
  int line_shift_ = 6;
  int memory_latency_ = 0;
  std::uint64_t last_page_ = ~std::uint64_t{0};
  std::uint64_t last_line_ = ~std::uint64_t{0};
  TimingCounters counters_;
};

}  // namespace kzsim::timing
