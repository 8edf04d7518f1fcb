#pragma once
// POSIX getopt-style option parsing shared by the host commands: "-vp" is "-v -p", an option
// that takes a value takes the rest of its word or the next word, "--" ends the options.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"

namespace kzsim::zones {

struct Options {
  std::set<char> flags;
  std::map<char, std::string> values;
  std::vector<std::string> operands;

  bool has(char flag) const { return flags.contains(flag); }
};

// Parses args[first...]. On an unknown option or a missing value, writes
// "COMMAND: illegal option -- x" (or "option requires an argument -- x") and `usage` on
// stderr and returns nothing.
std::optional<Options> parse_options(const shell::Invocation& call, std::string_view flags,
                                     std::string_view with_value, std::string_view usage,
                                     std::size_t first = 1);

}  // namespace kzsim::zones
