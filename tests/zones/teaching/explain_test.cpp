// explain on a real world: the latest refusal is what commands printed on standard error, with
// the refusals they noted on standard output.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tests/zones/teaching/teaching_world.hpp"
#include "zones/commands.hpp"
#include "zones/teaching/refusal_rules.hpp"

namespace kzsim::zones {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

const bool throws_registered = register_command("teaching-test-throws", [](CommandContext&) -> int {
  throw InputError("size 12Q: expected a unit K, M, G or T");
});

const bool quiet_failure_registered =
    register_command("teaching-test-fails-quietly", [](CommandContext& context) -> int {
      context.call.out("a report on standard output\n");
      return 1;
    });

const bool noting_registered = register_command("teaching-test-notes", [](CommandContext& context) -> int {
  context.call.err("an error first\n");
  context.call.out("a refusal on standard output\n");
  context.world.note_refusal("a refusal on standard output\n");
  context.call.err("an error last\n");
  return 1;
});

using ExplainWorld = testing::TeachingWorld;

TEST(Explain, SaysSoWhenNothingWasRefused) {
  ExplainWorld world;
  world.run("uname -a");
  const auto explained = world.run("explain");
  EXPECT_EQ(explained.exit, 0);
  EXPECT_EQ(explained.out, "No command has been refused yet.\n");
}

TEST(Explain, NamesTheRuleItsValuesAndTheGuideSection) {
  ExplainWorld world;
  world.run("zonecfg -z kz1 'create -t SYSsolaris-kz'");
  EXPECT_EQ(world.run("zonecfg -z kz1 'set capped-memory:physical=4100M'").exit, 1);
  world.run("uname -a");  // a command that succeeds quietly is no refusal
  const auto explained = world.run("explain");
  EXPECT_EQ(explained.exit, 0);
  EXPECT_EQ(explained.out,
            "zonecfg -z kz1 set capped-memory:physical=4100M (on global, exit 1) printed:\n"
            "  physical: 4100M is not a multiple of 256M; SPARC kernel zones take memory in 256M increments\n"
            "Rule zonecfg.memory-increment: SPARC kernel zones take capped-memory:physical in increments of 256M; "
            "4100M is not a multiple of it.\n"
            "  values: requested=4100M, increment=256M, architecture=SPARC\n"
            "  guide: \"Managing Kernel Zone Memory\", page 2-4\n");
  const CommandRefusal& refusal = *world.world->last_refusal();
  EXPECT_EQ(refusal.host, "global");
  EXPECT_EQ(refusal.exit, 1);
}

TEST(Explain, KeepsARefusalACommandThrew) {
  ExplainWorld world;
  EXPECT_EQ(world.run("teaching-test-throws").exit, 2);
  ASSERT_TRUE(world.world->last_refusal());
  EXPECT_EQ(world.world->last_refusal()->errors, "size 12Q: expected a unit K, M, G or T");
  EXPECT_THAT(world.run("explain").out, HasSubstr("No rule explain knows matches this"));
}

TEST(Explain, SaysSoWhenARefusedCommandPrintedNoErrors) {
  ExplainWorld world;
  EXPECT_EQ(world.run("teaching-test-fails-quietly").exit, 1);
  EXPECT_EQ(world.run("explain").out,
            "teaching-test-fails-quietly (on global, exit 1) printed nothing on standard error, where explain reads a "
            "refusal.\n");
}

TEST(Explain, KeepsANotedRefusalInItsPlaceWithoutPrintingItAgain) {
  ExplainWorld world;
  const auto noted = world.run("teaching-test-notes");
  EXPECT_EQ(noted.out, "a refusal on standard output\n");
  EXPECT_EQ(noted.err, "an error first\nan error last\n");
  ASSERT_TRUE(world.world->last_refusal());
  EXPECT_EQ(world.world->last_refusal()->errors, "an error first\na refusal on standard output\nan error last\n");
  world.world->note_refusal("no command is running\n");
  EXPECT_EQ(world.world->last_refusal()->errors, "an error first\na refusal on standard output\nan error last\n");
}

TEST(Explain, ShowsWhatAnUnknownRefusalPrinted) {
  ExplainWorld world;
  world.run("zoneadm -z nosuch boot");
  const auto explained = world.run("explain");
  EXPECT_THAT(explained.out, StartsWith("zoneadm -z nosuch boot (on global, exit 1) printed:\n  zoneadm: nosuch:"));
  EXPECT_THAT(explained.out, HasSubstr("'explain --rules' lists them"));
}

TEST(Explain, ListsAndShowsRules) {
  ExplainWorld world;
  const auto listed = world.run("explain --rules");
  for (const RefusalRule& rule : RefusalRules::builtin().rules()) EXPECT_THAT(listed.out, HasSubstr(rule.id));
  const auto shown = world.run("explain dladm.iov-on-aggregation");
  EXPECT_EQ(shown.exit, 0);
  EXPECT_THAT(shown.out, HasSubstr("  values: aggregation\n"));
  EXPECT_THAT(shown.out, HasSubstr("  source: guide ch.2"));
}

TEST(Explain, RefusesAnUnknownRuleOrOption) {
  ExplainWorld world;
  const auto unknown = world.run("explain no.such-rule");
  EXPECT_EQ(unknown.exit, 2);
  EXPECT_THAT(unknown.err, HasSubstr("unknown rule 'no.such-rule'"));
  const auto option = world.run("explain --frob");
  EXPECT_EQ(option.exit, 2);
  EXPECT_THAT(option.err, HasSubstr("usage: explain"));
  EXPECT_THAT(world.run("explain").out, Not(HasSubstr("No command has been refused")));  // the usage error is one
}

}  // namespace
}  // namespace kzsim::zones
