#include "zones/memory/host_memory.hpp"

#include <gtest/gtest.h>

#include "zones/memory/memory_messages.hpp"

namespace kzsim::zones {
namespace {

using catalog::Arch;

const std::vector<Bytes> kSparcM7 = {8 * KiB, 64 * KiB, 4 * MiB, 256 * MiB, 2 * GiB, 16 * GiB};

ZoneMemoryRequest zone(Bytes physical, std::string reserve = {}) {
  ZoneMemoryRequest request;
  request.page_size = {physical, reserve.empty() ? PageSizePolicy::LargestAvailable : PageSizePolicy::Unset, {}};
  request.memory_reserve = std::move(reserve);
  return request;
}

MemoryReserveConfig pool(Bytes size, PageSizePolicy policy, std::string fixed = {}, int npt = 0) {
  return {size, {0, policy, std::move(fixed)}, npt};
}

TEST(HostMemory, BootTakesTheWholeMemoryAndHaltFreesIt) {
  HostMemory host(64 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_TRUE(host.boot("kz1", zone(16 * GiB)).ok());
  EXPECT_EQ(host.zone_memory("kz1"), 16 * GiB);
  EXPECT_EQ(host.zone_page_size("kz1"), 16 * GiB);
  EXPECT_EQ(host.physical().free_bytes(), 48 * GiB);
  host.halt("kz1");
  EXPECT_EQ(host.physical().free_bytes(), 64 * GiB);
  EXPECT_EQ(host.zone_page_size("kz1"), std::nullopt);
}

TEST(HostMemory, BootFailsWhenMemoryRunsOut) {
  HostMemory host(32 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_TRUE(host.boot("kz1", zone(24 * GiB)).ok());
  EXPECT_EQ(host.boot("kz2", zone(16 * GiB)).error, not_enough_contiguous_pages_message(16 * GiB));
}

TEST(HostMemory, PoolIsCarvedFromHostMemoryInItsPageSize) {
  HostMemory host(64 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_EQ(host.enable_pool("zones", pool(32 * GiB, PageSizePolicy::Fixed, "2G")), "");
  EXPECT_EQ(host.find_pool("zones")->page_size(), 2 * GiB);
  EXPECT_EQ(host.physical().free_bytes(), 32 * GiB);
}

TEST(HostMemory, ZoneWithMemoryReserveAllocatesFromThePool) {
  HostMemory host(64 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_EQ(host.enable_pool("zones", pool(32 * GiB, PageSizePolicy::Fixed, "2G")), "");
  ASSERT_TRUE(host.boot("kz1", zone(16 * GiB, "zones")).ok());
  EXPECT_EQ(host.zone_page_size("kz1"), 2 * GiB);
  EXPECT_EQ(host.physical().free_bytes(), 32 * GiB - kNptPerZone) << "no NPT reservation: NPT from system memory";
  EXPECT_EQ(host.find_pool("zones")->free_bytes(), 16 * GiB);
}

TEST(HostMemory, ZoneMemoryMustAlignWithThePoolsPageSize) {
  HostMemory host(64 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_EQ(host.enable_pool("zones", pool(32 * GiB, PageSizePolicy::Fixed, "2G")), "");
  EXPECT_EQ(host.boot("kz1", zone(5 * GiB, "zones")).error, unaligned_memory_message(5 * GiB, 2 * GiB));
}

TEST(HostMemory, ZoneNamingAMissingPoolDoesNotBoot) {
  HostMemory host(64 * GiB, kSparcM7, Arch::Sparc);
  EXPECT_NE(host.boot("kz1", zone(4 * GiB, "zones")).error.find("memory-reserve value zones"), std::string::npos);
}

TEST(HostMemory, NptReservationIsCountedInMrpstat) {
  HostMemory host(128 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_EQ(host.enable_pool("zones", pool(64 * GiB, PageSizePolicy::LargestAvailable, {}, 4)), "");
  ASSERT_TRUE(host.boot("kz1", zone(16 * GiB, "zones")).ok());
  const MrpStat stat = host.mrpstat().at(0);
  EXPECT_EQ(stat.total, 64 * GiB + 64 * MiB);
  EXPECT_EQ(stat.used, 16 * GiB + 16 * MiB);
  EXPECT_EQ(stat.free, 48 * GiB + 48 * MiB);
  host.halt("kz1");
  EXPECT_EQ(host.mrpstat().at(0).used, 0u);
}

TEST(HostMemory, NptComesFromSystemMemoryWhenTheReservationIsUsedUp) {
  HostMemory host(128 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_EQ(host.enable_pool("zones", pool(64 * GiB, PageSizePolicy::LargestAvailable, {}, 0)), "");
  const Bytes free_before = host.physical().free_bytes();
  ASSERT_TRUE(host.boot("kz1", zone(16 * GiB, "zones")).ok());
  EXPECT_EQ(host.physical().free_bytes(), free_before - kNptPerZone);
  host.halt("kz1");
  EXPECT_EQ(host.physical().free_bytes(), free_before);
}

TEST(HostMemory, PoolInUseCannotBeDisabled) {
  HostMemory host(64 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_EQ(host.enable_pool("zones", pool(32 * GiB, PageSizePolicy::Fixed, "2G")), "");
  ASSERT_TRUE(host.boot("kz1", zone(4 * GiB, "zones")).ok());
  EXPECT_FALSE(host.disable_pool("zones"));
  host.halt("kz1");
  EXPECT_TRUE(host.disable_pool("zones"));
  EXPECT_EQ(host.physical().free_bytes(), 64 * GiB);
}

TEST(HostMemory, GrowingStopsWhenPagesRunOut) {
  HostMemory host(16 * GiB + 4 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_TRUE(host.boot("kz1", zone(8 * GiB)).ok());  // 2G pages from the 16G frame
  const ResizeResult result = host.resize("kz1", 32 * GiB, 0);
  EXPECT_EQ(result.before, 8 * GiB);
  EXPECT_EQ(result.after, 20 * GiB);
}

TEST(HostMemory, ShrinkingStopsAtWhatTheGuestUsesInWholePages) {
  HostMemory host(64 * GiB, kSparcM7, Arch::Sparc);
  ZoneMemoryRequest request = zone(16 * GiB);
  request.page_size = {16 * GiB, PageSizePolicy::Fixed, "2G"};
  ASSERT_TRUE(host.boot("kz1", request).ok());
  EXPECT_EQ(host.resize("kz1", 4 * GiB, 7 * GiB).after, 8 * GiB);
  EXPECT_EQ(host.resize("kz1", 6 * GiB, 5 * GiB).after, 6 * GiB);
}

TEST(HostMemory, ShrinkingCannotSplitAPage) {
  HostMemory host(64 * GiB, kSparcM7, Arch::Sparc);
  ASSERT_TRUE(host.boot("kz1", zone(16 * GiB)).ok());
  EXPECT_EQ(host.resize("kz1", 4 * GiB, 0).after, 16 * GiB);
}

}  // namespace
}  // namespace kzsim::zones
