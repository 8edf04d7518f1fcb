#include "core/scenario/check.hpp"

#include <fmt/format.h>

#include "core/scenario/text_regex.hpp"
#include "core/scenario/unified_diff.hpp"

namespace kzsim::scenario {

namespace {

// The searched text, each line behind "| " so that blank lines and trailing spaces show.
std::string quoted(const std::string& text) {
  if (text.empty()) return "  (empty)\n";
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out += "  | " + text.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

void check_stream(const std::string& stream, const std::optional<std::string>& exact,
                  const std::vector<std::string>& contains,
                  const std::optional<std::string>& matches, const std::string& actual,
                  std::vector<std::string>& reports) {
  if (exact && *exact != actual)
    reports.push_back(fmt::format("{}:\n{}", stream,
                                  unified_diff(*exact, actual, "expected " + stream,
                                               "actual " + stream)));
  for (const std::string& part : contains)
    if (actual.find(part) == std::string::npos)
      reports.push_back(fmt::format("{}-contains: '{}' not found in {}:\n{}", stream, part, stream,
                                    quoted(actual)));
  if (matches && !std::regex_search(actual, text_regex(*matches)))
    reports.push_back(fmt::format("{}-matches: /{}/ does not match {}:\n{}", stream, *matches,
                                  stream, quoted(actual)));
}

}  // namespace

std::vector<std::string> check_expectation(const Expectation& expect, const Transcript& actual) {
  std::vector<std::string> reports;
  if (expect.exit && *expect.exit != actual.exit)
    reports.push_back(fmt::format("exit: expected {}, got {}\n", *expect.exit, actual.exit));
  check_stream("stdout", expect.stdout_text, expect.stdout_contains, expect.stdout_matches,
               actual.out, reports);
  check_stream("stderr", expect.stderr_text, expect.stderr_contains, expect.stderr_matches,
               actual.err, reports);
  check_stream("output", expect.output_text, expect.output_contains, expect.output_matches,
               actual.interleaved, reports);
  return reports;
}

std::vector<std::string> check_run(const RunStep& run, const Transcript& actual) {
  std::vector<std::string> reports;
  if (run.expect) reports = check_expectation(*run.expect, actual);
  for (std::size_t i = 0; i < run.meanwhile.size(); ++i) {
    const Meanwhile& other = run.meanwhile[i];
    const std::string header = fmt::format("meanwhile[{}] (line {}, before stdin line {}): {}", i + 1,
                                           other.where.line, other.before_line, other.run.command);
    if (i >= actual.meanwhile.size()) {
      reports.push_back(fmt::format("{}: did not run; the command never read stdin line {}\n", header,
                                    other.before_line));
      continue;
    }
    if (!other.run.expect) continue;
    for (const std::string& report : check_expectation(*other.run.expect, actual.meanwhile[i]))
      reports.push_back(fmt::format("{}:\n{}", header, report));
  }
  return reports;
}

}  // namespace kzsim::scenario
