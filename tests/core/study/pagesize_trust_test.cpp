// The page-size study against published results (anchors.md §2): the direction and rough size
// of each effect, on the builtin catalog's models.
#include <gtest/gtest.h>

#include "core/study/access_trace.hpp"
#include "core/study/measurement.hpp"
#include "core/study/zone_paging.hpp"

namespace kzsim::study {
namespace {

const catalog::CpuModel& model(std::string_view id) { return catalog::Catalog::builtin().require_model(id); }

// A database-like trace: 64-byte rows at random over 8G.
const std::vector<std::uint64_t>& database_trace() {
  static const auto trace = make_trace({Workload::Random, 8 * GiB, 400000, 11});
  return trace;
}

Measurement run(const catalog::CpuModel& m, timing::Paging paging) { return measure(m.timing, paging, database_trace()); }

TEST(PagesizeTrust, NestedWalksCostMoreThanNative) {
  const auto& skylake = model("intel-skylake");
  const auto native = run(skylake, native_paging(skylake, 4 * KiB));
  const auto nested = run(skylake, nested_paging(skylake, 4 * KiB, 4 * KiB));
  ASSERT_EQ(native.walks, nested.walks);  // the same TLB misses, longer walks
  // At most 4 and 24 references (Bhargava et al.: 24 for 4 x 4 levels); fewer since #17, as the
  // paging-structure caches and the nested TLB skip some, but the nested walk still makes more.
  EXPECT_LE(native.walk_references, native.walks * 4);
  EXPECT_LE(nested.walk_references, nested.walks * 24);
  EXPECT_GT(nested.walk_references, native.walk_references);
  EXPECT_GT(nested.cycles_per_access(), native.cycles_per_access());
  EXPECT_GT(nested.walk_share(), native.walk_share());
}

TEST(PagesizeTrust, HostLargePagesRecoverPartOfTheNestedCost) {
  // Bhargava et al.: hypervisor large pages +3-22% on top of the nested walk improvements.
  for (const char* id : {"intel-haswell", "intel-skylake", "amd-zen3"}) {
    const auto& m = model(id);
    const double host_4k = run(m, nested_paging(m, 4 * KiB, 4 * KiB)).cycles_per_access();
    const double host_2m = run(m, nested_paging(m, 4 * KiB, 2 * MiB)).cycles_per_access();
    const double host_1g = run(m, nested_paging(m, 4 * KiB, 1 * GiB)).cycles_per_access();
    EXPECT_LT(host_2m, host_4k) << id;
    EXPECT_LT(host_1g, host_2m) << id;
    EXPECT_GT(host_4k / host_2m - 1, 0.03) << id;
    // Was < 0.35 before #17. Independent misses now overlap up to the fill buffers while a
    // walk's loads stay serial, so this 8 GiB random-row trace is translation-bound and host 2M
    // pages gain it 68-85%, beyond Bhargava et al.'s 3-22% for whole SPEC programs.
    EXPECT_LT(host_4k / host_2m - 1, 1.0) << id;
  }
}

TEST(PagesizeTrust, GuestLargePagesOnlyHelpWhenTheHostBacksThemWithLargePages) {
  // Gemini (EuroSys 2023): only guest huge pages backed by host huge pages cut translation cost.
  const auto& skylake = model("intel-skylake");
  const auto splintered = run(skylake, nested_paging(skylake, 1 * GiB, 2 * MiB));
  const auto backed = run(skylake, nested_paging(skylake, 1 * GiB, 1 * GiB));
  EXPECT_LT(backed.walks * 10, splintered.walks);
  EXPECT_LT(backed.cycles_per_access(), splintered.cycles_per_access());
}

// Random rows over `entries` pages (half of them, then four times as many) of each page size a
// model's first TLB level lists: the misses follow that level's reach.
TEST(PagesizeTrust, TlbReachGrowsWithPageSizeAsTheCatalogSays) {
  for (const char* id : {"intel-skylake", "sparc-m7"}) {
    const auto& m = model(id);
    for (const auto& [page, entries] : m.timing.tlbs.front().entries_per_page_size) {
      const Bytes reach = page * static_cast<Bytes>(entries);
      const auto paging = nested_paging(m, page, m.page_sizes.back());
      const auto inside = measure(m.timing, paging, make_trace({Workload::Random, reach / 2, 40000, 3}));
      const auto beyond = measure(m.timing, paging, make_trace({Workload::Random, reach * 4, 40000, 3}));
      EXPECT_EQ(inside.tlb_misses.front(), 0u) << id << " " << format_size(page);
      EXPECT_GT(beyond.tlb_misses.front(), beyond.accesses / 16) << id << " " << format_size(page);  // most rows miss
    }
  }
}

}  // namespace
}  // namespace kzsim::study
