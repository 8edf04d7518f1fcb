#include "core/scenario/check.hpp"

#include <gtest/gtest.h>

namespace kzsim::scenario {
namespace {

const Transcript hello{"hello\n", "warning\n", "hello\nwarning\n", 0, {}};

TEST(CheckExpectation, AnEmptyExpectationHolds) {
  EXPECT_TRUE(check_expectation({}, hello).empty());
}

TEST(CheckExpectation, ExactKeysHoldWhenEqual) {
  Expectation e;
  e.exit = 0;
  e.stdout_text = "hello\n";
  e.stderr_text = "warning\n";
  e.output_text = "hello\nwarning\n";
  EXPECT_TRUE(check_expectation(e, hello).empty());
}

TEST(CheckExpectation, ChecksTheExitStatus) {
  Expectation e;
  e.exit = 1;
  EXPECT_EQ(check_expectation(e, hello), std::vector<std::string>{"exit: expected 1, got 0\n"});
}

TEST(CheckExpectation, DiffsEachExactStream) {
  Expectation e;
  e.stdout_text = "bye\n";
  e.stderr_text = "";
  e.output_text = "hello\n";
  EXPECT_EQ(check_expectation(e, hello),
            (std::vector<std::string>{
                "stdout:\n--- expected stdout\n+++ actual stdout\n@@ -1 +1 @@\n-bye\n+hello\n",
                "stderr:\n--- expected stderr\n+++ actual stderr\n@@ -0,0 +1 @@\n+warning\n",
                "output:\n--- expected output\n+++ actual output\n@@ -1 +1,2 @@\n hello\n+warning\n"}));
}

TEST(CheckExpectation, ChecksEveryContainedText) {
  Expectation e;
  e.stdout_contains = {"ell", "bye"};
  e.stderr_contains = {"warn"};
  e.output_contains = {"o\nw", "zzz"};
  EXPECT_EQ(check_expectation(e, hello),
            (std::vector<std::string>{"stdout-contains: 'bye' not found in stdout:\n  | hello\n",
                                      "output-contains: 'zzz' not found in output:\n  | hello\n"
                                      "  | warning\n"}));
}

TEST(CheckExpectation, SearchesRegexesAnchoredAtTheWholeText) {
  Expectation e;
  e.stdout_matches = "^hel+o\\n$";
  e.stderr_matches = "^warning$";  // $ is the end of the text, which ends in a newline
  e.output_matches = "^warning";   // ^ is the start of the text, not of a line
  EXPECT_EQ(check_expectation(e, hello),
            (std::vector<std::string>{
                "stderr-matches: /^warning$/ does not match stderr:\n  | warning\n",
                "output-matches: /^warning/ does not match output:\n  | hello\n  | warning\n"}));
}

// libstdc++'s default matcher recursed once per character and overflowed the stack here.
TEST(CheckExpectation, SearchesAMegabyteOfOutputInBoundedStack) {
  Transcript big;
  big.out = std::string(1 << 20, 'x') + "\nEND\n";
  Expectation e;
  e.stdout_matches = "^(.|\\n)*END\\n$";
  EXPECT_EQ(check_expectation(e, big), std::vector<std::string>{});
}

TEST(CheckExpectation, ShowsEmptyTextPlainly) {
  Expectation e;
  e.stderr_contains = {"x"};
  EXPECT_EQ(check_expectation(e, Transcript{}),
            std::vector<std::string>{"stderr-contains: 'x' not found in stderr:\n  (empty)\n"});
}

}  // namespace
}  // namespace kzsim::scenario
