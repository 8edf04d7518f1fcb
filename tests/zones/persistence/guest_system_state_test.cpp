// The Solaris inside a kernel zone is zone state (zones/guest): its files and directories, a
// process kill ended, the VNICs it made and the solaris zones nested in it are saved and loaded
// with the zone.
#include <gtest/gtest.h>

#include "tests/zones/persistence/persistence_world.hpp"

namespace kzsim::zones::persistence {
namespace {

using testing::run_on;

TEST(GuestSystemState, TheZonesSolarisIsThereAfterAReload) {
  testing::ScratchDirectory directory;
  auto world = testing::two_host_world();
  const auto reloaded = testing::reload_after(
      *world,
      {testing::configure_kz(), "zonecfg -z kz 'select anet id=0; add mac; end; add vlan; set vlan-id=40; end; end; commit'",
       "zoneadm -z kz install", "zoneadm -z kz boot", "zlogin kz 'mkdir -p /tmp/empty /var/tmp/x && echo hi > /var/tmp/x/f'",
       "zlogin kz kill 5678", "zlogin kz dladm create-vnic -l net0 -v 40 vnic0",
       "zlogin kz zonecfg -z nz create -t SYSsolaris", "zlogin kz zoneadm -z nz install", "zlogin kz zoneadm -z nz boot"},
      directory.path());
  ASSERT_NE(reloaded, nullptr);
  for (const std::string command : {"zlogin kz 'ls /tmp; cat /var/tmp/x/f'", "zlogin kz ps -efZ",
                                    "zlogin kz dladm show-vnic", "zlogin kz zoneadm list -cp"}) {
    const auto after = run_on(*reloaded, command);
    EXPECT_EQ(after.exit, 0) << command << ": " << after.err;
    EXPECT_EQ(after.out, run_on(*world, command).out) << command;
  }
  EXPECT_EQ(run_on(*reloaded, "zlogin kz 'test -d /tmp/empty'").exit, 0);
  EXPECT_EQ(run_on(*reloaded, "zlogin kz kill 5678").err, "kill: 5678: no such process\n");
}

}  // namespace
}  // namespace kzsim::zones::persistence
