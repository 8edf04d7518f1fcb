#pragma once
// The refusal messages the zones layer can print, read from its C++ sources (zones/**/*.cpp):
// the string literals (adjacent literals joined) of every statement that hands text to a
// refusal sink (refuse(, err(, fail(, failure(, InputError() and, in return statements
// and assignments to error/refusal/why/problem/reason, every literal holding a refusal word
// (expected, cannot, not, No such, unknown, disabled, ...), also inside a braced return value
// (return {0, fmt::format("...")}). A fmt format string keeps its {} placeholders.
//
// What this does not see: a refusal assembled from pieces in separate statements (only each
// piece is seen), one taken from a data file (the release rows: zones/releases/*.yaml, whose
// refusals RefusalRules.EveryReleaseRowsRefusalHasARule walks), and a literal in a return
// statement without a refusal word. It sees some text that is no refusal (a status word such as
// FAILED in a return statement); the coverage list names those as such.
#include <filesystem>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace kzsim::zones::testing {

struct RefusalFormat {
  std::string file;  // relative to the zones directory's parent: "zones/zoneadm/install.cpp"
  int line = 0;
  std::string text;  // the literal's text, escapes resolved, placeholders kept
};

std::string read_text(const std::filesystem::path& path);

// An entry of refusal_coverage.yaml's needs-no-rule or rule-missing: the refusals of the
// sources whose file its `file` pattern and whose text its `match` pattern search (either may be
// left out).
struct Listed {
  std::string list;     // needs-no-rule or rule-missing
  std::string pattern;  // as written, for messages
  std::optional<std::regex> file, match;
  bool lists(const RefusalFormat& format) const;
};

struct CoverageList {
  std::vector<Listed> entries;
  std::vector<std::string> examples;  // printed refusals a rule explains, each an instance of a source's format
};

// Refuses (InputError at file:line:col) an unknown key, an entry with neither pattern or without
// a reason, and a pattern that is not a regular expression.
CoverageList read_coverage_list(const std::filesystem::path& file);

std::vector<RefusalFormat> refusal_formats(const std::filesystem::path& zones_directory);

}  // namespace kzsim::zones::testing
