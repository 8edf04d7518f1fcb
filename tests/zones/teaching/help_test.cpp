// help and COMMAND --help on a real world: the pages of commands.yaml.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/shell/builtins.hpp"
#include "tests/zones/teaching/teaching_world.hpp"
#include "zones/commands.hpp"
#include "zones/devices/guest_commands.hpp"
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
  EXPECT_THAT(listed.out, HasSubstr("  ssh          run a command on another simulated host, or open a session there\n"));
  EXPECT_EQ(world.run("help sysadm").out, CommandManuals::builtin().find("sysadm")->page());
}

TEST(Help, EveryHostCommandAnswersDashDashHelpWithItsPage) {
  HelpWorld world;
  std::size_t answered = 0;
  for (const CommandManual& manual : CommandManuals::builtin().all()) {
    if (find_command(manual.name) == nullptr) continue;  // a builtin or a guest command
    const auto help = world.run(manual.name + " --help");
    EXPECT_EQ(help.exit, 0) << manual.name;
    EXPECT_EQ(help.out, manual.page()) << manual.name;
    ++answered;
  }
  EXPECT_GT(answered, 25u);
}

TEST(Help, EveryGuestCommandAnswersDashDashHelpInsideZlogin) {
  HelpWorld world;
  ASSERT_EQ(world.run("zonecfg -z kzone1 'create -t SYSsolaris-kz'; zoneadm -z kzone1 install; "
                      "zoneadm -z kzone1 boot").exit, 0);
  for (const std::string& name : guest_command_names()) {
    const CommandManual* manual = CommandManuals::builtin().find(name);
    ASSERT_NE(manual, nullptr) << name;
    const auto help = world.run("zlogin kzone1 " + name + " --help");
    EXPECT_EQ(help.exit, 0) << name;
    EXPECT_EQ(help.out, manual->page()) << name;
  }
  EXPECT_GT(guest_command_names().size(), 8u);
}

// The shell's builtins take --help as Solaris's do (echo prints it); help shows their pages.
TEST(Help, TheListingSaysWhichCommandsTakeOnlyHelpCommand) {
  HelpWorld world;
  EXPECT_THAT(world.run("help").out,
              StartsWith("Commands of this host ('help COMMAND' shows one, as does 'COMMAND --help' but for the "
                         "shell's cat, echo, false, grep, pfbash, pfexec, ssh, true):\n"));
  EXPECT_EQ(world.run("echo --help").out, "--help\n");
  for (std::string_view name : shell::builtin_names())
    EXPECT_EQ(world.run("help " + std::string(name)).out, CommandManuals::builtin().find(name)->page()) << name;
}

// As zonecfg(8): a line a resource type, then the properties, a line for each global one and a
// line (wrapped) naming each resource type's.
TEST(Help, ZonecfgListsItsResourcesAndPropertiesALineEach) {
  HelpWorld world;
  const std::string page = world.run("help zonecfg").out;
  EXPECT_THAT(page, HasSubstr("RESOURCE TYPES (solaris-kz brand)\n"));
  EXPECT_THAT(page, HasSubstr("     virtual-cpu      Number of virtual CPUs the kernel zone sees.\n"));
  EXPECT_THAT(page, HasSubstr("     (global)         cpu-arch\n"));
  EXPECT_THAT(page, HasSubstr("     capped-memory    physical, pagesize-policy, pagesize, memory-reserve,\n"
                              "                      memlzr\n"));
  EXPECT_THAT(page, HasSubstr("     anet             lower-link, allowed-address,"));
  for (const std::string& line : std::vector<std::string>{"keysource", "suspend", "verified-boot", "admin", "device"})
    EXPECT_THAT(page, HasSubstr("     " + line + " ")) << line;
}

// Inside a kernel zone help lists the guest commands, each with its summary.
TEST(Help, WorksInsideAKernelZone) {
  HelpWorld world;
  ASSERT_EQ(world.run("zonecfg -z kzone1 'create -t SYSsolaris-kz'; zoneadm -z kzone1 install; "
                      "zoneadm -z kzone1 boot").exit, 0);
  const auto listed = world.run("zlogin kzone1 help");
  EXPECT_EQ(listed.exit, 0);
  EXPECT_THAT(listed.out, StartsWith("Commands of this kernel zone"));
  for (const std::string& name : guest_command_names())
    EXPECT_THAT(listed.out, HasSubstr("  " + name + " ")) << name;
  EXPECT_EQ(world.run("zlogin kzone1 help zpool").out, CommandManuals::builtin().find("zpool")->page());
}

TEST(Help, RefusesACommandWithoutAManual) {
  HelpWorld world;
  const auto refused = world.run("help frobnicate");
  EXPECT_EQ(refused.exit, 2);
  EXPECT_THAT(refused.err, HasSubstr("help: no manual for 'frobnicate'"));
}

}  // namespace
}  // namespace kzsim::zones
