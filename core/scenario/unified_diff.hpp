#pragma once
// A unified diff of two texts, line by line, as `diff -u` prints it: "--- " and "+++ " headers,
// "@@ -a,b +c,d @@" hunks with 3 lines of context, and "\ No newline at end of file" after a last
// line that has no newline.
#include <string>
#include <string_view>

namespace kzsim::scenario {

// Empty when the texts are equal.
std::string unified_diff(std::string_view expected, std::string_view actual,
                         std::string_view expected_label = "expected",
                         std::string_view actual_label = "actual");

}  // namespace kzsim::scenario
