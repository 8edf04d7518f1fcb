// A pool made inside a kernel zone (zpool create) is zone state: saved and loaded with the zone.
#include <gtest/gtest.h>

#include "tests/zones/persistence/persistence_world.hpp"
#include "zones/persistence/world_store.hpp"

namespace kzsim::zones::persistence {
namespace {

using testing::run_on;

TEST(GuestPoolsState, APoolMadeInTheZoneIsThereAfterAReload) {
  testing::ScratchDirectory directory;
  auto world = testing::two_host_world();
  for (const std::string& command :
       {testing::configure_kz(), std::string("zonecfg -z kz 'add device; set storage=dev:/dev/dsk/c9t1d0; end; commit'"),
        std::string("zoneadm -z kz install"), std::string("zoneadm -z kz boot"),
        std::string("zlogin kz zpool create tank c1d1")})
    ASSERT_EQ(run_on(*world, command).exit, 0) << command;
  WorldStore store(directory.path());
  store.save(*world);
  auto reloaded = store.load();
  EXPECT_EQ(testing::canonical(*reloaded), testing::canonical(*world));
  const auto status = run_on(*reloaded, "zlogin kz zpool status tank");
  EXPECT_EQ(status.exit, 0) << status.err;
  EXPECT_EQ(status.out, run_on(*world, "zlogin kz zpool status tank").out);
}

}  // namespace
}  // namespace kzsim::zones::persistence
