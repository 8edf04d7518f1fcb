#pragma once
// The words of zonecfg subcommands: a line holds several subcommands separated by ';'
// ("end ; exit", "select virtual-cpu;set ncpus=8;end"); words are separated by blanks; single
// or double quotes keep blanks and ';' inside a word (set bootargs="kz=d -k"); '#' starts a
// comment at the beginning of a word. A line must be UTF-8 (zonecfg keeps configurations in
// XML, which cannot hold other bytes), and a value cannot hold both kinds of quote (export could
// quote it with neither); such lines are refused.
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::zones::zonecfg {

using Words = std::vector<std::string>;

struct SplitLine {
  std::vector<Words> subcommands;  // empty subcommands (";;", blank line) are dropped
  std::string error;               // why the line is refused; empty when it is well formed
};

SplitLine split_line(std::string_view line);

// Quotes `value` for export when a reader would otherwise split or misread it (double quotes,
// or single quotes around a value holding a double quote).
std::string quote_value(std::string_view value);

}  // namespace kzsim::zones::zonecfg
