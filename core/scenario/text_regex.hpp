#pragma once
// The ECMAScript patterns of an expectation's *-matches keys.
//
// libstdc++'s default matcher recurses once per character of the searched text, so a pattern
// such as "(.|\n)*" overflows the stack on a long command output. Polynomial mode (a libstdc++
// option) matches breadth-first, with a stack bounded by the pattern, and therefore refuses
// back-references (std::regex_error with error_complexity).

#include <regex>
#include <string>

namespace kzsim::scenario {

std::regex text_regex(const std::string& pattern);  // throws std::regex_error

}  // namespace kzsim::scenario
