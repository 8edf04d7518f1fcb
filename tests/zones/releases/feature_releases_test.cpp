// Guide Table 1-1 and the release facts: each row is checked on the host side and the guest side,
// so that removing or loosening a row fails here.
#include "zones/releases/feature_releases.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tests/zones/host_fixture.hpp"
#include "zones/zone.hpp"

namespace kzsim::zones {
namespace {

catalog::Version release(std::string_view text) { return *catalog::Version::parse(text); }

struct Side {
  const char* feature;
  catalog::Arch arch;
  const char* release;
  bool has;
};

class FeatureReleasesTest : public ::testing::Test {
 protected:
  catalog::CpuModel sparc = testing::sparc_model();
  catalog::CpuModel x86 = testing::x86_model();

  Host host(const Side& side) {
    Host built = testing::host_on(side.arch == catalog::Arch::Sparc ? sparc : x86, "h1");
    built.os = release(side.release);
    return built;
  }
};

// Table 1-1's host column and the guide's other host floors.
const Side kHostSides[] = {
    {"software-in-silicon", catalog::Arch::Sparc, "11.4.81", true},
    {"software-in-silicon", catalog::Arch::Sparc, "11.3", true},
    {"software-in-silicon", catalog::Arch::Sparc, "11.2", false},
    {"live-zone-reconfiguration", catalog::Arch::X86, "11.3", true},
    {"live-zone-reconfiguration", catalog::Arch::X86, "11.2", false},
    {"suspend-resume", catalog::Arch::Sparc, "11.2", true},
    {"warm-migration", catalog::Arch::Sparc, "11.3", true},
    {"warm-migration", catalog::Arch::Sparc, "11.2", false},
    {"live-migration", catalog::Arch::X86, "11.3", true},
    {"live-migration", catalog::Arch::X86, "11.2", false},
    {"cold-migration", catalog::Arch::X86, "11.4", true},
    {"cold-migration", catalog::Arch::X86, "11.3", false},
    {"evacuation", catalog::Arch::Sparc, "11.4.36", true},
    {"evacuation", catalog::Arch::Sparc, "11.3", false},
    {"memory-live-reconfiguration", catalog::Arch::Sparc, "11.4.45", true},
    {"memory-live-reconfiguration", catalog::Arch::Sparc, "11.4.44", false},
    {"memory-live-reconfiguration", catalog::Arch::X86, "11.4.51", true},
    {"memory-live-reconfiguration", catalog::Arch::X86, "11.4.50", false},
    {"memory-live-reconfiguration", catalog::Arch::Sparc, "11.3", false},
    {"pagesize-policy", catalog::Arch::Sparc, "11.4", true},
    {"pagesize-policy", catalog::Arch::Sparc, "11.3", false},
    {"sr-iov-suspend-migration", catalog::Arch::X86, "11.4", true},
    {"sr-iov-suspend-migration", catalog::Arch::X86, "11.3", false},
};

// Table 1-1's guest column and the guide's other guest floors (the host side holds: 11.4.81).
const Side kGuestSides[] = {
    {"software-in-silicon", catalog::Arch::Sparc, "11.3", true},
    {"software-in-silicon", catalog::Arch::Sparc, "11.2", false},
    {"live-zone-reconfiguration", catalog::Arch::Sparc, "11.4", true},
    {"live-zone-reconfiguration", catalog::Arch::Sparc, "11.2", false},
    {"warm-migration", catalog::Arch::X86, "11.2", true},
    {"live-migration", catalog::Arch::X86, "11.2", true},
    {"cold-migration", catalog::Arch::X86, "11.2", true},
    {"evacuation", catalog::Arch::X86, "11.2", true},
    {"memory-live-reconfiguration", catalog::Arch::Sparc, "11.3.8", true},
    {"memory-live-reconfiguration", catalog::Arch::Sparc, "11.3.7", false},
    {"memory-live-reconfiguration", catalog::Arch::Sparc, "11.4", true},
    {"memory-live-reconfiguration", catalog::Arch::X86, "11.4.51", true},
    {"memory-live-reconfiguration", catalog::Arch::X86, "11.4.50", false},
    {"memory-live-reconfiguration", catalog::Arch::X86, "11.3.8", false},
    {"sr-iov-suspend-migration", catalog::Arch::Sparc, "11.4", true},
    {"sr-iov-suspend-migration", catalog::Arch::Sparc, "11.3", false},
};

TEST_F(FeatureReleasesTest, HostSideOfEachRow) {
  for (const Side& side : kHostSides) {
    const Host h = host(side);
    EXPECT_EQ(!host_release_refusal(side.feature, h).has_value(), side.has) << side.feature << " on host " << side.release;
  }
}

TEST_F(FeatureReleasesTest, GuestSideOfEachRow) {
  for (const Side& side : kGuestSides) {
    Host h = host(side);
    h.os = release("11.4.81");
    Zone zone;
    zone.name = "kz1";
    zone.guest_os = release(side.release);
    EXPECT_EQ(!feature_release_refusal(side.feature, h, zone).has_value(), side.has) << side.feature << " in zone " << side.release;
  }
}

TEST_F(FeatureReleasesTest, RefusalsNameTheFeatureTheReleaseFoundAndTheReleasesNeeded) {
  Host h = host({"", catalog::Arch::Sparc, "11.2", false});
  EXPECT_EQ(host_release_refusal("live-zone-reconfiguration", h),
            "live zone reconfiguration needs Oracle Solaris 11.4 or 11.3 on the host; host h1 runs Oracle Solaris 11.2");
  h.os = release("11.4.81");
  Zone zone;
  zone.name = "kz1";
  zone.guest_os = release("11.3.2");
  EXPECT_EQ(feature_release_refusal("memory-live-reconfiguration", h, zone),
            "memory live zone reconfiguration needs Oracle Solaris 11.4 or 11.3 SRU 8 in the zone; zone kz1 runs "
            "Oracle Solaris 11.3.2");
}

TEST_F(FeatureReleasesTest, AZoneNeverInstalledHasNoReleaseToRefuse) {
  const Host h = host({"", catalog::Arch::Sparc, "11.4", true});
  Zone zone;
  zone.name = "kz1";
  EXPECT_FALSE(feature_release_refusal("software-in-silicon", h, zone));
}

TEST_F(FeatureReleasesTest, EveryRowNamesASectionOfTheGuideAndASource) {
  for (const FeatureReleases& row : FeatureReleaseTable::builtin().rows()) {
    EXPECT_FALSE(row.section.empty()) << row.id;
    EXPECT_FALSE(row.source.empty()) << row.id;
  }
  EXPECT_EQ(oldest_release(FeatureReleaseTable::builtin().at("live-migration").host_releases(catalog::Arch::X86)),
            "11.3");
}

// The host-compatible levels take their release floor from this table, per architecture: memlzr
// needs SRU 45 on SPARC but SRU 51 on x86 (guide ch.4).
TEST(HostReleaseCarries, LevelsFollowTheirFeatureRowPerArchitecture) {
  const catalog::HostCompatibleLevel& memlzr = *catalog::Catalog::builtin().find_level("memlzr");
  EXPECT_TRUE(host_release_carries(memlzr, catalog::Arch::Sparc, release("11.4.45")));
  EXPECT_FALSE(host_release_carries(memlzr, catalog::Arch::Sparc, release("11.4.44")));
  EXPECT_FALSE(host_release_carries(memlzr, catalog::Arch::X86, release("11.4.45")));
  EXPECT_TRUE(host_release_carries(memlzr, catalog::Arch::X86, release("11.4.51")));
  const catalog::HostCompatibleLevel& adi = *catalog::Catalog::builtin().find_level("adi");
  EXPECT_TRUE(host_release_carries(adi, catalog::Arch::Sparc, release("11.3")));
  EXPECT_FALSE(host_release_carries(adi, catalog::Arch::Sparc, release("11.2")));
}

TEST(HostReleaseCarries, EveryLevelNamesARowOfTheTable) {
  for (const catalog::HostCompatibleLevel& level : catalog::Catalog::builtin().levels())
    if (!level.release_feature.empty())
      EXPECT_NO_THROW(FeatureReleaseTable::builtin().at(level.release_feature)) << level.name;
}

TEST(FeatureReleaseTable, RefusesBadRowsWithTheirPlace) {
  const auto load = [](std::string_view text) { return FeatureReleaseTable::from_yaml("t.yaml", text); };
  EXPECT_THROW(load("features:\n  - {id: a, feature: f, guest: {all: []}, host: {all: ['11.4']}, section: s, "
                    "source: s}\n"),
               InputError);
  EXPECT_THROW(load("features:\n  - {id: a, feature: f, guest: {sparc: ['11.4']}, host: {all: ['11.4']}, section: s, "
                    "source: s}\n"),
               InputError);
  EXPECT_THROW(load("features:\n  - {id: a, feature: f, guest: {all: ['11']}, host: {all: ['11.4']}, section: s, "
                    "source: s}\n"),
               InputError);
  EXPECT_THROW(load("features:\n  - {id: a, feature: f, guest: {all: ['11.4']}, host: {all: ['11.4']}, section: s, "
                    "source: s}\n  - {id: a, feature: f, guest: {all: ['11.4']}, host: {all: ['11.4']}, section: s, "
                    "source: s}\n"),
               InputError);
  EXPECT_THROW(FeatureReleaseTable::builtin().at("no-such-feature"), std::out_of_range);
}

}  // namespace
}  // namespace kzsim::zones
