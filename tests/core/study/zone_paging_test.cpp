#include "core/study/zone_paging.hpp"

#include <gtest/gtest.h>

#include "core/timing/paging.hpp"

namespace kzsim::study {
namespace {

const catalog::CpuModel& model(std::string_view id) { return catalog::Catalog::builtin().require_model(id); }

TEST(ZonePaging, X86GuestPagesOverHostPagesGiveTheAnchorsReferenceCounts) {
  const auto& skylake = model("intel-skylake");
  auto references = [](timing::Paging paging) { return timing::walk_references(paging.guest_levels, paging.host_levels); };
  EXPECT_EQ(references(native_paging(skylake, 4 * KiB)), 4);
  EXPECT_EQ(references(nested_paging(skylake, 4 * KiB, 4 * KiB)), 24);
  EXPECT_EQ(references(nested_paging(skylake, 4 * KiB, 2 * MiB)), 19);
  EXPECT_EQ(references(nested_paging(skylake, 4 * KiB, 1 * GiB)), 14);
  EXPECT_EQ(references(nested_paging(skylake, 2 * MiB, 2 * MiB)), 15);
}

TEST(ZonePaging, TlbEntriesCoverTheSmallerOfGuestAndHostPage) {
  const auto& skylake = model("intel-skylake");
  EXPECT_EQ(nested_paging(skylake, 4 * KiB, 1 * GiB).page_size, 4 * KiB);
  EXPECT_EQ(nested_paging(skylake, 1 * GiB, 2 * MiB).page_size, 2 * MiB);
  EXPECT_EQ(nested_paging(skylake, 1 * GiB, 1 * GiB).page_size, 1 * GiB);
}

TEST(ZonePaging, PagesNoTlbHoldsAreSplintered) {
  // Nehalem's profile has no 1G TLB entries: a 1G page is cached as 2M entries.
  EXPECT_EQ(nested_paging(model("intel-westmere"), 1 * GiB, 1 * GiB).page_size, 2 * MiB);
}

TEST(ZonePaging, SparcWalksOneTsbLevelForZonePages) {
  const auto& t5 = model("sparc-t5");
  EXPECT_EQ(native_paging(t5, 8 * KiB).guest_levels, 2);
  EXPECT_EQ(nested_paging(t5, 8 * KiB, 256 * MiB).host_levels, 1);
  EXPECT_EQ(nested_paging(t5, 256 * MiB, 2 * GiB).page_size, 256 * MiB);
}

}  // namespace
}  // namespace kzsim::study
