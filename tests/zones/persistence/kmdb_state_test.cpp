// A zone stopped in kmdb (zoneadm boot -- -kd) is saved and loaded as it is: still debugging,
// its console at kmdb's prompt, and `:c` boots its kernel after the reload.
#include <gtest/gtest.h>

#include "tests/zones/persistence/persistence_world.hpp"

namespace kzsim::zones::persistence {
namespace {

using testing::run_on;

TEST(KmdbState, AZoneInKmdbIsDebuggingAfterAReloadAndContinues) {
  testing::ScratchDirectory directory;
  auto world = testing::two_host_world();
  const auto reloaded = testing::reload_after(
      *world, {testing::configure_kz(), "zoneadm -z kz install", "zoneadm -z kz boot -- -kd"}, directory.path());
  ASSERT_NE(reloaded, nullptr);
  EXPECT_NE(run_on(*reloaded, "zoneadm list -s").out.find("kz               running          debugging\n"),
            std::string::npos);
  scenario::RunStep attach;
  attach.command = "zlogin -C kz";
  attach.host = "global1";
  attach.stdin_text = ":c\n";
  const auto console = reloaded->run(attach);
  EXPECT_NE(console.out.find("Welcome to kmdb\nLoaded modules: [ unix krtld genunix ]\n[0]> :c\nHostname: kz\n"),
            std::string::npos)
      << console.out;
  EXPECT_EQ(run_on(*reloaded, "zoneadm list -s").out.find("debugging"), std::string::npos);
}

}  // namespace
}  // namespace kzsim::zones::persistence
