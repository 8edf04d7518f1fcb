// A pool made inside a kernel zone (zpool create) is zone state: saved and loaded with the zone.
#include <gtest/gtest.h>

#include "tests/zones/persistence/persistence_world.hpp"

namespace kzsim::zones::persistence {
namespace {

using testing::run_on;

TEST(GuestPoolsState, APoolMadeInTheZoneIsThereAfterAReload) {
  testing::ScratchDirectory directory;
  auto world = testing::two_host_world();
  const auto reloaded = testing::reload_after(
      *world,
      {testing::configure_kz(), "zonecfg -z kz 'add device; set storage=dev:/dev/dsk/c9t1d0; end; commit'",
       "zoneadm -z kz install", "zoneadm -z kz boot", "zlogin kz zpool create tank c1d1"},
      directory.path());
  ASSERT_NE(reloaded, nullptr);
  const auto status = run_on(*reloaded, "zlogin kz zpool status tank");
  EXPECT_EQ(status.exit, 0) << status.err;
  EXPECT_EQ(status.out, run_on(*world, "zlogin kz zpool status tank").out);
}

}  // namespace
}  // namespace kzsim::zones::persistence
