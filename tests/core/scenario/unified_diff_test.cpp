#include "core/scenario/unified_diff.hpp"

#include <gtest/gtest.h>

namespace kzsim::scenario {
namespace {

TEST(UnifiedDiff, IsEmptyForEqualTexts) { EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n"), ""); }

TEST(UnifiedDiff, ShowsAChangedLineWithContext) {
  EXPECT_EQ(unified_diff("a\nb\nc\n", "a\nB\nc\n"),
            "--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
}

TEST(UnifiedDiff, KeepsThreeLinesOfContextAndSplitsDistantHunks) {
  std::string expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n";
  std::string actual = "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nFOURTEEN\n15\n";
  EXPECT_EQ(unified_diff(expected, actual),
            "--- expected\n+++ actual\n"
            "@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n"
            "@@ -11,5 +11,5 @@\n 11\n 12\n 13\n-14\n+FOURTEEN\n 15\n");
}

TEST(UnifiedDiff, JoinsChangesThatShareContext) {
  EXPECT_EQ(unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\nx\n3\n4\n5\n6\n7\ny\n"),
            "--- expected\n+++ actual\n@@ -1,8 +1,8 @@\n 1\n-2\n+x\n 3\n 4\n 5\n 6\n 7\n-8\n+y\n");
}

TEST(UnifiedDiff, FindsTheLongestCommonSubsequence) {
  EXPECT_EQ(unified_diff("a\nb\nc\nd\n", "b\nc\nx\nd\n"),
            "--- expected\n+++ actual\n@@ -1,4 +1,4 @@\n-a\n b\n c\n+x\n d\n");
}

TEST(UnifiedDiff, NamesAMissingNewlineAtTheEnd) {
  EXPECT_EQ(unified_diff("hello\n", "hello"),
            "--- expected\n+++ actual\n@@ -1 +1 @@\n-hello\n+hello\n\\ No newline at end of file\n");
}

TEST(UnifiedDiff, DiffsAgainstEmptyText) {
  EXPECT_EQ(unified_diff("", "a\nb\n"), "--- expected\n+++ actual\n@@ -0,0 +1,2 @@\n+a\n+b\n");
  EXPECT_EQ(unified_diff("a\n", ""), "--- expected\n+++ actual\n@@ -1 +0,0 @@\n-a\n");
}

TEST(UnifiedDiff, UsesTheGivenLabels) {
  EXPECT_EQ(unified_diff("a\n", "b\n", "expected stdout", "actual stdout"),
            "--- expected stdout\n+++ actual stdout\n@@ -1 +1 @@\n-a\n+b\n");
}

TEST(UnifiedDiff, StaysBoundedOnLargeTotallyDifferentTexts) {
  std::string a, b;
  for (int i = 0; i < 5000; ++i) {
    a += "a" + std::to_string(i) + "\n";
    b += "b" + std::to_string(i) + "\n";
  }
  std::string diff = unified_diff(a, b);
  EXPECT_TRUE(diff.starts_with("--- expected\n+++ actual\n@@ -1,5000 +1,5000 @@\n-a0\n"));
  EXPECT_TRUE(diff.ends_with("+b4999\n"));
}

}  // namespace
}  // namespace kzsim::scenario
