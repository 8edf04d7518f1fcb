// help and COMMAND --help on a real world: the pages of commands.yaml.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/zones/teaching/teaching_world.hpp"
#include "zones/teaching/command_manual.hpp"

namespace kzsim::zones {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

using HelpWorld = testing::TeachingWorld;

TEST(Help, DashDashHelpPrintsTheManualPageInsteadOfRunningTheCommand) {
  HelpWorld world;
  const auto help = world.run("zoneadm --help");
  EXPECT_EQ(help.exit, 0);
  EXPECT_EQ(help.out, CommandManuals::builtin().find("zoneadm")->page());
  EXPECT_THAT(help.out, HasSubstr("zoneadm -z zonename migrate [-nqv]"));
  EXPECT_EQ(world.run("zoneadm list --help").exit, 2);  // only COMMAND --help; zoneadm refuses the rest
}

TEST(Help, ListsTheCommandsWithTheirSummaries) {
  HelpWorld world;
  const auto listed = world.run("help");
  EXPECT_THAT(listed.out, StartsWith("Commands of this host"));
  EXPECT_THAT(listed.out, HasSubstr("  zonecfg      set up zone configuration\n"));
  EXPECT_THAT(listed.out, HasSubstr("  ssh          run a command on another simulated host\n"));
  EXPECT_EQ(world.run("help sysadm").out, CommandManuals::builtin().find("sysadm")->page());
}

TEST(Help, RefusesACommandWithoutAManual) {
  HelpWorld world;
  const auto refused = world.run("help frobnicate");
  EXPECT_EQ(refused.exit, 2);
  EXPECT_THAT(refused.err, HasSubstr("help: no manual for 'frobnicate'"));
}

}  // namespace
}  // namespace kzsim::zones
