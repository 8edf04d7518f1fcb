#include "core/scenario/record.hpp"

#include <gtest/gtest.h>

#include "core/scenario/check.hpp"
#include "core/scenario/load.hpp"

namespace kzsim::scenario {
namespace {

const std::string header = "format: 1\nname: t\nhosts:\n  g1: {machine: sparc-t5}\n";
const Transcript hello{"hello\n", "", "hello\n", 0, {}};
const Transcript failure{"", "no such zone\n", "no such zone\n", 1, {}};

std::string recorded(const std::string& steps, const std::map<int, Transcript>& actual) {
  return record_expectations(header + steps, "s.yaml", actual);
}

TEST(RecordExpectations, AddsAnExpectBlockToARunStepWithout) {
  EXPECT_EQ(recorded("steps:\n  - run: echo hello\n", {{1, hello}}),
            header + "steps:\n  - run: echo hello\n    expect:\n      exit: 0\n"
                     "      output: |\n        hello\n");
}

TEST(RecordExpectations, AddsAfterTheLastKeyOfTheStep) {
  EXPECT_EQ(recorded("steps:\n- run: zonecfg -z kz\n  stdin: |\n    exit\n\n  # next\n- advance: 1m\n",
                     {{1, failure}}),
            header + "steps:\n- run: zonecfg -z kz\n  stdin: |\n    exit\n  expect:\n    exit: 1\n"
                     "    output: |\n      no such zone\n\n  # next\n- advance: 1m\n");
}

TEST(RecordExpectations, ReplacesValuesKeepingCommentsAndKeyOrder) {
  std::string steps =
      "steps:\n"
      "  # the first step\n"
      "  - run: zoneadm list   # list zones\n"
      "    expect:\n"
      "      stderr: \"\"  # nothing on stderr\n"
      "      stdout-contains: [hel]\n"
      "      # the exit status\n"
      "      exit: 3\n"
      "      stdout: |\n"
      "        old\n"
      "        text\n"
      "\n"
      "  - advance: 1m  # wait\n";
  std::string expected = steps;
  expected.replace(expected.find("exit: 3"), 7, "exit: 0");
  const std::string old_text = "old\n        text\n";
  expected.replace(expected.find(old_text), old_text.size(), "hello\n");
  EXPECT_EQ(recorded(steps, {{1, hello}}), header + expected);
}

TEST(RecordExpectations, KeepsACommentAfterABlockScalarHeader) {
  EXPECT_EQ(recorded("steps:\n  - run: x\n    expect:\n      output: |-  # all of it\n        a\n      exit: 0\n",
                     {{1, failure}}),
            header + "steps:\n  - run: x\n    expect:\n      output: |  # all of it\n"
                     "        no such zone\n      exit: 1\n");
}

TEST(RecordExpectations, AddsExitAndOutputWhereTheyAreMissing) {
  EXPECT_EQ(recorded("steps:\n  - run: x\n    expect:\n      stdout-contains:\n      - hel\n",
                     {{1, hello}}),
            header + "steps:\n  - run: x\n    expect:\n      stdout-contains:\n      - hel\n"
                     "      exit: 0\n      output: |\n        hello\n");
  EXPECT_EQ(recorded("steps:\n  - run: x\n    expect:\n      stderr: a\n", {{1, failure}}),
            header + "steps:\n  - run: x\n    expect:\n      stderr: |\n        no such zone\n"
                     "      exit: 1\n");
}

TEST(RecordExpectations, FillsAnEmptyExpect) {
  EXPECT_EQ(recorded("steps:\n  - run: x\n    expect:  # todo\n  - run: y\n", {{1, hello}}),
            header + "steps:\n  - run: x\n    expect:  # todo\n      exit: 0\n      output: |\n"
                     "        hello\n  - run: y\n");
}

TEST(RecordExpectations, LeavesOtherStepsAlone) {
  std::string steps = "steps:\n  - run: a\n  - run: b\n  - fault: {kind: host-crash, host: g1}\n";
  EXPECT_EQ(recorded(steps, {{2, hello}}),
            header + "steps:\n  - run: a\n  - run: b\n    expect:\n      exit: 0\n      output: |\n"
                     "        hello\n  - fault: {kind: host-crash, host: g1}\n");
}

TEST(RecordExpectations, WorksWithoutAFinalNewline) {
  EXPECT_EQ(recorded("steps:\n  - run: a", {{1, hello}}),
            header + "steps:\n  - run: a\n    expect:\n      exit: 0\n      output: |\n        hello\n");
}

TEST(RecordExpectations, RefusesFlowStyle) {
  auto refusal = [](const std::string& steps) -> std::string {
    try {
      recorded(steps, {{1, hello}});
    } catch (const InputError& e) {
      return e.what();
    }
    return "(recorded)";
  };
  EXPECT_EQ(refusal("steps:\n  - {run: a}\n"),
            "s.yaml:6:5: --record rewrites steps written in block style only; expected one key "
            "a line instead of {...}");
  EXPECT_EQ(refusal("steps:\n  - run: a\n    expect: {exit: 0}\n"),
            "s.yaml:7:13: --record rewrites expect blocks written in block style only; expected "
            "one key a line instead of {...}");
}

// What was recorded loads again and holds, for outputs that need every form of YAML text.
TEST(RecordExpectations, RecordedFilesReplayAndKeepRecordingTheSame) {
  const Transcript outputs[] = {
      {"  NAME  STATUS\n", "", "  NAME  STATUS\n", 0, {}},
      {"no newline", "err\n", "no newlineerr\n", 2, {}},
      {"", "", "", 0, {}},
      {"a\n\n", "\n", "a\n\n\n", 0, {}},
      {"esc\x1b[0m\n", "", "esc\x1b[0m\n", 0, {}}};
  for (const Transcript& actual : outputs) {
    std::string text = recorded("steps:\n  - run: a\n    expect:\n      stdout: x\n      stderr: y\n"
                                "  - run: b\n",
                                {{1, actual}, {2, actual}});
    Scenario scenario = load_scenario_text(text, "s.yaml");
    for (int step : {0, 1}) {
      const auto& run = std::get<RunStep>(scenario.steps[static_cast<std::size_t>(step)].action);
      EXPECT_TRUE(check_expectation(*run.expect, actual).empty()) << text;
    }
    EXPECT_EQ(record_expectations(text, "s.yaml", {{1, actual}, {2, actual}}), text);
  }
}

}  // namespace
}  // namespace kzsim::scenario
