#include "core/timing/timing_model.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace kzsim::timing {
namespace {

// A Haswell-like data side: 64-entry L1 DTLB (4K), 32-entry (2M), 4-entry (1G); 1024-entry L2
// TLB for 4K and 2M.
catalog::Timing haswell_like() {
  catalog::Timing timing;
  timing.base_cpi = 1.0;
  timing.cpi_by_class = {{"load", 2.0}, {"div", 20.0}};
  timing.tlbs = {{"L1 DTLB", {{4 * KiB, 64}, {2 * MiB, 32}, {1 * GiB, 4}}, 1},
                 {"L2 TLB", {{4 * KiB, 1024}, {2 * MiB, 1024}}, 7},
                 {"ITLB", {{4 * KiB, 128}}, 0, {}, catalog::Serves::Instructions, catalog::Replacement::Lru}};
  timing.page_walk_levels = 4;
  timing.memory_latency_cycles = 25;  // no caches: every page-walk load costs this
  return timing;
}

// A data side of caches alone (no TLB levels: no translation modelled).
catalog::Timing caches_only() {
  catalog::Timing timing;
  timing.cpi_by_class = {{"load", 1.0}};
  timing.caches = {{"L1D", 32 * KiB, 64, 8, 4}, {"L2", 256 * KiB, 64, 8, 12}};
  timing.memory_latency_cycles = 200;
  return timing;
}

// Touches every page of `bytes` once per pass, `passes` times (a page-stride pointer chase).
TimingCounters chase(const catalog::Timing& timing, Paging paging, Bytes bytes, int passes) {
  TimingModel model(timing, paging);
  for (int pass = 0; pass < passes; ++pass)
    for (Bytes offset = 0; offset < bytes; offset += model.paging().page_size) model.access(0x40000000 + offset, true);
  return model.counters();
}

TEST(TimingModel, TlbMissesFollowEachPageSizesReach) {
  const auto timing = haswell_like();
  // 4K pages: L1 reach 256K, L2 reach 4M.
  EXPECT_EQ(chase(timing, {4 * KiB}, 256 * KiB, 10).tlb_misses[0], 64u);             // only cold misses
  EXPECT_EQ(chase(timing, {4 * KiB}, 512 * KiB, 10).tlb_misses[0], 10 * 128u);       // L1 thrashes
  EXPECT_EQ(chase(timing, {4 * KiB}, 512 * KiB, 10).tlb_misses[1], 128u);            // L2 holds it
  EXPECT_EQ(chase(timing, {4 * KiB}, 8 * MiB, 10).walks, 10 * 2048u);                // beyond L2 reach
  // 2M pages: the same 8M fits in 4 L1 entries.
  EXPECT_EQ(chase(timing, {2 * MiB}, 8 * MiB, 10).walks, 4u);
  EXPECT_EQ(chase(timing, {2 * MiB}, 128 * MiB, 10).tlb_misses[0], 10 * 64u);        // 64 pages > 32
  EXPECT_EQ(chase(timing, {2 * MiB}, 128 * MiB, 10).walks, 64u);
  // 1G pages: 4 entries, no L2.
  EXPECT_EQ(chase(timing, {1 * GiB}, 4 * GiB, 10).walks, 4u);
  EXPECT_EQ(chase(timing, {1 * GiB}, 8 * GiB, 10).walks, 80u);
}

TEST(TimingModel, NestedWalksCostTheTwoDimensionalReferences) {
  const auto timing = haswell_like();
  const auto native = chase(timing, {4 * KiB, 4, 0}, 8 * MiB, 1);
  const auto nested = chase(timing, {4 * KiB, 4, 4}, 8 * MiB, 1);
  ASSERT_EQ(native.walks, nested.walks);
  // Without walk caches or a nested TLB every reference is made, each a load from memory.
  EXPECT_EQ(native.walk_references, native.walks * 4);
  EXPECT_EQ(nested.walk_references, nested.walks * 24);
  EXPECT_DOUBLE_EQ(nested.cycles - native.cycles, static_cast<double>(native.walks * 20 * 25));
}

TEST(TimingModel, WalkCachesAndTheNestedTlbSkipReferences) {
  auto timing = haswell_like();
  timing.walk_cache_entries = {4, 4, 32};
  timing.nested_tlb_entries = 16;
  const auto native = chase(timing, {4 * KiB, 4, 0}, 8 * MiB, 2);
  const auto nested = chase(timing, {4 * KiB, 4, 4}, 8 * MiB, 2);
  // 8M of pages is four PDEs: after the first walks only the leaf entry is read.
  EXPECT_LT(native.walk_references, native.walks * 11 / 10);
  EXPECT_LT(nested.walk_references, nested.walks * 4);
  EXPECT_GE(nested.walk_references, native.walk_references);
}

TEST(TimingModel, WalkReferenceCounts) {
  EXPECT_EQ(walk_references(4, 0), 4);
  EXPECT_EQ(walk_references(4, 4), 24);
  EXPECT_EQ(walk_references(4, 3), 19);
  EXPECT_EQ(walk_references(3, 3), 15);
  EXPECT_EQ(radix_levels(4, 4 * KiB, 2 * MiB, 9), 3);
  EXPECT_EQ(radix_levels(4, 4 * KiB, 1 * GiB, 9), 2);
  EXPECT_EQ(radix_levels(4, 4 * KiB, 4 * KiB, 9), 4);
}

TEST(TimingModel, ChargesEachInstructionClassItsCpi) {
  TimingModel model(haswell_like());
  InstructionMix mix;
  mix.add(InstructionClass::Alu);
  mix.add(InstructionClass::Load);
  mix.add(InstructionClass::Div);
  model.retire(mix);
  EXPECT_EQ(model.counters().instructions, 3u);
  EXPECT_DOUBLE_EQ(model.counters().cycles, 1.0 + 2.0 + 20.0);
}

TEST(TimingModel, ADependentLoadCostsTheLatencyOfTheLevelThatHits) {
  TimingModel model(caches_only());
  model.access(0x1000, true);  // cold: memory
  model.access(0x1000, true);  // same line: L1
  EXPECT_EQ(model.counters().cache_misses, (std::vector<std::uint64_t>{1, 1}));
  // The load CPI (1) is the issue cost retired with the instruction; access adds the rest.
  EXPECT_DOUBLE_EQ(model.counters().cycles, (200 - 1) + (4 - 1));
  // 64K streams through L1 (32K) but stays in L2: the second pass hits L2 on every line.
  for (int pass = 0; pass < 2; ++pass)
    for (std::uint64_t a = 0x100000; a < 0x110000; a += 64) model.access(a, true);
  EXPECT_EQ(model.counters().cache_misses[1], 1u + 1024u);
  EXPECT_DOUBLE_EQ(model.counters().memory_cycles, 199.0 * 1025 + 3 + 11.0 * 1024);
}

TEST(TimingModel, IndependentMissesOverlapUpToTheFillBuffers) {
  auto timing = caches_only();
  timing.fill_buffers = 10;
  TimingModel independent(timing), dependent(timing);
  for (std::uint64_t a = 0; a < 64 * MiB; a += 4096) {
    independent.access(a);
    dependent.access(a, true);
  }
  EXPECT_NEAR(independent.counters().cycles, (200.0 / 10 - 1) * 16384, 1e-6);
  EXPECT_NEAR(dependent.counters().cycles, (200.0 - 1) * 16384, 1e-6);
}

TEST(TimingModel, MemoryLatencyIsCyclesPlusNanosecondsAtTheClock) {
  auto timing = caches_only();
  timing.memory_latency_cycles = 40;
  timing.memory_latency_ns = 67;
  timing.clock_mhz = 2000;
  EXPECT_DOUBLE_EQ(timing.memory_cycles(), 40 + 134);
}

TEST(TimingModel, StallCyclesAreWhatAccessesAddToTheClassCpis) {
  catalog::Timing timing = haswell_like();
  timing.caches = {{"L1D", 32 * KiB, 64, 8, 4}, {"L2", 256 * KiB, 64, 8, 12}};
  timing.memory_latency_cycles = 200;
  TimingModel model(timing);
  InstructionMix mix;
  mix.add(InstructionClass::Load);
  mix.add(InstructionClass::Alu);
  const double base = model.base_cycles(mix);
  EXPECT_DOUBLE_EQ(base, 2.0 + 1.0);
  for (int pass = 0; pass < 2; ++pass)
    for (std::uint64_t a = 0; a < 512 * KiB; a += 4 * KiB) {
      model.retire(mix);
      model.access(0x40000000 + a, true);
    }
  const TimingCounters& counters = model.counters();
  EXPECT_GT(counters.tlb_hit_cycles, 0);
  EXPECT_NEAR(counters.cycles, 256 * base + counters.stall_cycles(), 1e-6);
}

TEST(TimingModel, RefusesAPageSizeThatIsNotAPowerOfTwo) {
  EXPECT_THROW(TimingModel(haswell_like(), {3 * KiB}), InputError);
}

}  // namespace
}  // namespace kzsim::timing
