#include "core/scenario/rendering.hpp"

#include <gtest/gtest.h>

#include "core/scenario/check.hpp"
#include "core/scenario/load.hpp"
#include "core/scenario/record.hpp"

namespace kzsim::scenario {
namespace {

const std::string header = "format: 1\nname: t\nhosts:\n  g1: {machine: sparc-t5}\nsteps:\n  - run: zonecfg -z kz info\n";

Expectation loaded(const std::string& expect) {
  Scenario s = load_scenario_text(header + "    expect:\n" + expect, "s.yaml");
  return *std::get<RunStep>(s.steps.at(0).action).expect;
}

std::string refusal(const std::string& expect) {
  try {
    loaded(expect);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(accepted)";
}

Transcript printed(const std::string& out) { return {out, "", out, 0, {}}; }

TEST(Rendering, CollapsedBlanksCompareRunsOfBlanksAsOneAndIndentationAsNone) {
  const Expectation e = loaded("      stdout: |\n        anet:\n            linkname: net0\n        a  b\n"
                               "      rendering: {blanks: collapsed}\n");
  EXPECT_TRUE(check_expectation(e, printed("anet:\n\tlinkname: net0\na\t b \n")).empty());
  // A line break is still a line break, and blanks between words still count.
  EXPECT_FALSE(check_expectation(e, printed("anet:\n\tlinkname: net0 a b\n")).empty());
  EXPECT_FALSE(check_expectation(e, printed("anet:\n\tlinkname: net0\nab\n")).empty());
}

TEST(Rendering, UnnumberedHeadingsReadZonecfgsResourceNumbersAsAbsent) {
  // The guide copies older transcripts' "anet:" where Oracle Solaris 11.4 prints "anet 0:".
  const Expectation e = loaded("      stdout: |\n        anet:\n        \tid: 0\n        \tvlan:\n"
                               "      rendering: {headings: unnumbered}\n");
  EXPECT_TRUE(check_expectation(e, printed("anet 0:\n\tid: 0\n\tvlan 1:\n")).empty());
  EXPECT_FALSE(check_expectation(e, printed("anet 0:\n\tid: 1\n\tvlan 1:\n")).empty());
  // Only a heading line: a value that ends in a number and a colon elsewhere is left alone.
  const Expectation value = loaded("      stdout: \"name: kz:\\n\"\n      rendering: {headings: unnumbered}\n");
  EXPECT_FALSE(check_expectation(value, printed("name: kz 1:\n")).empty());
}

TEST(Rendering, WithoutTheKeyBlanksCount) {
  const Expectation e = loaded("      stdout: |\n        a  b\n");
  EXPECT_FALSE(check_expectation(e, printed("a b\n")).empty());
}

TEST(Rendering, WrappedLinesIgnoreWhitespaceEvenInsideAWord) {
  // The guide wraps `auths jdoe` inside a word at its page width.
  const Expectation e = loaded("      stdout: |\n        solaris.zone.m\n        igrate\n"
                               "      rendering: {lines: wrapped}\n");
  EXPECT_TRUE(check_expectation(e, printed("solaris.zone.migrate\n")).empty());
  const std::vector<std::string> reports = check_expectation(e, printed("solaris.zone.manage\n"));
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0],
            "stdout (compared as the page rendered it: whitespace ignored (lines: wrapped)):\n"
            "  first difference at character 15 (whitespace left out):\n"
            "  expected: ...solaris.zone.migrate\n  actual:   ...solaris.zone.manage\n");
}

TEST(Rendering, SpellingReadsThePagesWholeWordAsTheCommands) {
  const Expectation e = loaded("      stdout: \"host-compatible: memlzs\\n\"\n"
                               "      stdout-contains: [memlzs]\n"
                               "      rendering:\n        spelling: {memlzs: memlzr}\n");
  EXPECT_TRUE(check_expectation(e, printed("host-compatible: memlzr\n")).empty());
  EXPECT_FALSE(check_expectation(e, printed("host-compatible: memlzs\n")).empty());
  // Only whole words: "xmemlzs" is another word.
  const Expectation part = loaded("      stdout: \"xmemlzs\\n\"\n      rendering: {spelling: {memlzs: memlzr}}\n");
  EXPECT_FALSE(check_expectation(part, printed("xmemlzr\n")).empty());
}

TEST(Rendering, PatternsAreSearchedInTheTextAsPrintedWithThePagesWordsRespelled) {
  const Expectation e = loaded("      stdout-matches: 'a  b'\n      rendering: {blanks: collapsed}\n");
  EXPECT_FALSE(check_expectation(e, printed("a b\n")).empty());
  EXPECT_TRUE(check_expectation(e, printed("a  b\n")).empty());
  const Expectation word = loaded("      stdout-matches: '^memlzs: Invalid'\n      rendering: {spelling: {memlzs: memlzr}}\n");
  EXPECT_TRUE(check_expectation(word, printed("memlzr: Invalid argument\n")).empty());
}

TEST(Rendering, RefusesWhatItDoesNotKnowAtItsPlace) {
  EXPECT_EQ(refusal("      rendering: {blanks: squeezed}\n"),
            "s.yaml:8:27: steps[1].expect.rendering.blanks: expected one of collapsed, got 'squeezed'");
  EXPECT_NE(refusal("      rendering: {}\n").find("expected at least one of blanks, lines, headings or spelling"),
            std::string::npos);
  EXPECT_NE(refusal("      rendering: {tabs: collapsed}\n").find("rendering"), std::string::npos);
  EXPECT_NE(refusal("      rendering: {spelling: {memlzs: 'mem lzr'}}\n").find("one word"), std::string::npos);
}

TEST(Rendering, RecordLeavesABlockThatCarriesItAsThePageWroteIt) {
  const std::string text = header + "    expect:\n      stdout: |\n        a  b\n      rendering: {blanks: collapsed}\n";
  EXPECT_EQ(record_expectations(text, "s.yaml", {{1, printed("a b\n")}}), text);
}

}  // namespace
}  // namespace kzsim::scenario
