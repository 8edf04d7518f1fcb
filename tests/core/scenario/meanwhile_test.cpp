// The optional `meanwhile` key of a run step (docs/scenario-format-extensions.md): loading and
// its refusals, checking what the meanwhile commands printed, and --record.
#include <gtest/gtest.h>

#include "core/scenario/check.hpp"
#include "core/scenario/load.hpp"
#include "core/scenario/record.hpp"

namespace kzsim::scenario {
namespace {

const std::string header =
    "format: 1\nname: t\nhosts:\n  g1:\n    machine: sparc-t5\n  g2:\n    machine: sparc-t5\n"
    "users: [{name: jdoe, host: g2}]\n";

std::string refusal(const std::string& steps) {
  try {
    load_scenario_text(header + steps, "s.yaml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(accepted)";
}

const RunStep& first_run(const Scenario& scenario) { return std::get<RunStep>(scenario.steps.at(0).action); }

TEST(Meanwhile, ReadsEachEntryWithTheStepsHostAndRootAsDefaults) {
  const Scenario s = load_scenario_text(header + R"(steps:
  - run: zonecfg -z kz1 -r
    host: g2
    stdin: |
      add anet;end
      commit
      exit
    meanwhile:
      - before-line: 2
        run: zonecfg -z kz1 -r 'add anet;end'
      - before-line: 2
        run: zoneadm list -s
        host: g1
      - before-line: 3
        run: zoneadm list
        user: jdoe
        expect:
          exit: 0
)",
                                        "s.yaml");
  const RunStep& run = first_run(s);
  ASSERT_EQ(run.meanwhile.size(), 3u);
  EXPECT_EQ(run.meanwhile[0].before_line, 2);
  EXPECT_EQ(run.meanwhile[0].run.command, "zonecfg -z kz1 -r 'add anet;end'");
  EXPECT_EQ(run.meanwhile[0].run.host, "g2");
  EXPECT_EQ(run.meanwhile[0].run.user, "root");
  EXPECT_FALSE(run.meanwhile[0].run.expect);
  EXPECT_EQ(run.meanwhile[0].where.line, 17);
  EXPECT_EQ(run.meanwhile[1].run.host, "g1");
  EXPECT_EQ(run.meanwhile[2].before_line, 3);
  EXPECT_EQ(run.meanwhile[2].run.user, "jdoe");
  EXPECT_EQ(run.meanwhile[2].run.expect->exit, 0);
}

TEST(Meanwhile, AStepWithoutItHasNone) {
  const Scenario s = load_scenario_text(header + "steps:\n  - run: ls\n    stdin: x\n", "s.yaml");
  EXPECT_TRUE(first_run(s).meanwhile.empty());
}

TEST(Meanwhile, NeedsStdinToCountLines) {
  EXPECT_EQ(refusal("steps:\n  - run: ls\n    meanwhile: [{before-line: 1, run: ls}]\n"),
            "s.yaml:11:16: steps[1].meanwhile: expected stdin on this step too: meanwhile runs before one of "
            "its stdin lines, got a list");
}

// A meanwhile list after a step with two stdin lines, and the refusal it gets.
struct BadMeanwhile {
  std::string list;
  std::string refusal;
};

class MeanwhileRefuses : public ::testing::TestWithParam<BadMeanwhile> {};

TEST_P(MeanwhileRefuses, NamingThePlaceAndWhatWasExpected) {
  EXPECT_EQ(refusal("steps:\n  - run: ls\n    stdin: \"a\\nb\"\n    meanwhile:" + GetParam().list + "\n"),
            GetParam().refusal);
}

INSTANTIATE_TEST_SUITE_P(
    EachMistake, MeanwhileRefuses,
    ::testing::Values(
        BadMeanwhile{"\n      - {before-line: 3, run: ls}",
                     "s.yaml:13:23: steps[1].meanwhile[1].before-line: expected a line of the step's stdin from 1 to 2 "
                     "(the entries run in list order), got '3'"},
        BadMeanwhile{"\n      - {before-line: 0, run: ls}",
                     "s.yaml:13:23: steps[1].meanwhile[1].before-line: expected an integer from 1 to 2147483647, got '0'"},
        BadMeanwhile{"\n      - {before-line: 2, run: ls}\n      - {before-line: 1, run: ls}",
                     "s.yaml:14:23: steps[1].meanwhile[2].before-line: expected a line of the step's stdin from 2 to 2 "
                     "(the entries run in list order), got '1'"},
        BadMeanwhile{" {before-line: 1, run: ls}", "s.yaml:12:16: steps[1].meanwhile: expected a list, got a map"},
        BadMeanwhile{" [ls]", "s.yaml:12:17: steps[1].meanwhile[1]: expected a map, got 'ls'"},
        BadMeanwhile{" [{before-line: one, run: ls}]",
                     "s.yaml:12:31: steps[1].meanwhile[1].before-line: expected an integer from 1 to 2147483647, got 'one'"},
        BadMeanwhile{" [{before-line: 1, run: ls, stdin: y}]",
                     "s.yaml:12:43: steps[1].meanwhile[1]: unknown key 'stdin'; expected one of: before-line, run, host, "
                     "user, expect"},
        BadMeanwhile{" [{run: ls}]", "s.yaml:12:17: steps[1].meanwhile[1]: missing required key 'before-line'"},
        BadMeanwhile{" [{before-line: 1}]", "s.yaml:12:17: steps[1].meanwhile[1]: missing required key 'run'"},
        BadMeanwhile{" [{before-line: 1, run: ls, host: g9}]",
                     "s.yaml:12:49: steps[1].meanwhile[1].host: unknown host 'g9'; expected one of: g1, g2"},
        BadMeanwhile{" [{before-line: 1, run: ls, user: jdoe}]",
                     "s.yaml:12:49: steps[1].meanwhile[1].user: unknown user 'jdoe' on host 'g1'; expected root or a "
                     "user listed in users with host g1"},
        BadMeanwhile{" [{before-line: 1, run: ls, expect: {exit: x}}]",
                     "s.yaml:12:58: steps[1].meanwhile[1].expect.exit: expected an integer from 0 to 255, got 'x'"}));

TEST(Meanwhile, ChecksEachCommandThatRanAndReportsOneThatDidNot) {
  const Scenario s = load_scenario_text(header + R"(steps:
  - run: zonecfg -z kz1 -r
    stdin: |
      commit
      exit
    meanwhile:
      - before-line: 1
        run: zoneadm list
        expect: {stdout: "kz1\n"}
      - before-line: 2
        run: zoneadm list -s
)",
                                        "s.yaml");
  const RunStep& run = first_run(s);
  Transcript actual{"", "", "", 0, {}};
  EXPECT_EQ(check_run(run, actual),
            (std::vector<std::string>{
                "meanwhile[1] (line 15, before stdin line 1): zoneadm list: did not run; the command never read stdin line 1\n",
                "meanwhile[2] (line 18, before stdin line 2): zoneadm list -s: did not run; the command never read "
                "stdin line 2\n"}));
  actual.meanwhile = {Transcript{"kz1\n", "", "kz1\n", 0, {}}, Transcript{"x\n", "", "x\n", 0, {}}};
  EXPECT_TRUE(check_run(run, actual).empty());
  actual.meanwhile[0].out = "kz2\n";
  const auto reports = check_run(run, actual);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_TRUE(reports[0].starts_with("meanwhile[1] (line 15, before stdin line 1): zoneadm list:\nstdout:\n"))
      << reports[0];
}

// Its exact keys are rewritten and `exit` added (stdout stands for output, as in a step's block).
TEST(Meanwhile, RecordRewritesAMeanwhileExpectAndLeavesAnEntryWithoutOne) {
  // The step up to the meanwhile entry's stdout text.
  const std::string step = R"(steps:
  - run: zonecfg -z kz1 -r
    stdin: |
      commit
    meanwhile:
      - before-line: 1
        run: zoneadm list -s
      - before-line: 1
        run: zoneadm list
        expect:
          stdout: |
)";
  Transcript actual{"out\n", "", "out\n", 0, {}};
  actual.meanwhile = {Transcript{"ignored\n", "", "ignored\n", 0, {}}, Transcript{"kz1\n", "", "kz1\n", 0, {}}};
  const std::string written = record_expectations(header + step + "            old\n", "s.yaml", {{1, actual}});
  EXPECT_EQ(written, header + step + "            kz1\n          exit: 0\n    expect:\n      exit: 0\n      output: |\n"
                                     "        out\n");
  const Scenario reloaded = load_scenario_text(written, "s.yaml");
  EXPECT_TRUE(check_run(first_run(reloaded), actual).empty());
}

}  // namespace
}  // namespace kzsim::scenario
