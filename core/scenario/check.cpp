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

// Where two texts compared without whitespace first differ, with some characters around it.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
  constexpr std::size_t kAround = 30;
  const std::size_t from = at > kAround ? at - kAround : 0;
  return fmt::format("  first difference at character {} (whitespace left out):\n  expected: ...{}\n  actual:   ...{}\n",
                     at + 1, expected.substr(from, 2 * kAround), actual.substr(from, 2 * kAround));
}

std::string exact_report(const std::string& stream, const std::string& expected,
                         const std::string& actual, const std::optional<Rendering>& rendering) {
  if (!rendering) return fmt::format("{}:\n{}", stream, unified_diff(expected, actual, "expected " + stream, "actual " + stream));
  const std::string header = fmt::format("{} (compared as the page rendered it: {}):\n", stream, rendering->describe());
  if (rendering->wrapped_lines) return header + first_difference(expected, actual);
  return header + unified_diff(expected, actual, "expected " + stream, "actual " + stream);
}

void check_stream(const std::string& stream, const std::optional<std::string>& exact,
                  const std::vector<std::string>& contains,
                  const std::optional<std::string>& matches, const std::string& printed,
                  const std::optional<Rendering>& rendering, std::vector<std::string>& reports) {
  auto seen = [&rendering](const std::string& text, bool expected) {
    return rendering ? rendering->normalised(text, expected) : text;
  };
  const std::string actual = seen(printed, false);
  if (exact && seen(*exact, true) != actual)
    reports.push_back(exact_report(stream, seen(*exact, true), actual, rendering));
  for (const std::string& part : contains)
    if (actual.find(seen(part, true)) == std::string::npos)
      reports.push_back(fmt::format("{}-contains: '{}' not found in {}{}:\n{}", stream, part, stream,
                                    rendering ? " (compared as the page rendered it: " + rendering->describe() + ")" : "",
                                    quoted(printed)));
  // A pattern says itself what blanks it allows: it is searched in the text as printed, with the
  // page's words spelled as the command spells them.
  const std::optional<std::string> pattern =
      matches && rendering ? std::optional(rendering->respelled(*matches)) : matches;
  if (pattern && !std::regex_search(printed, text_regex(*pattern)))
    reports.push_back(fmt::format("{}-matches: /{}/ does not match {}:\n{}", stream, *matches,
                                  stream, quoted(printed)));
}

}  // namespace

std::vector<std::string> check_expectation(const Expectation& expect, const Transcript& actual) {
  std::vector<std::string> reports;
  if (expect.exit && *expect.exit != actual.exit)
    reports.push_back(fmt::format("exit: expected {}, got {}\n", *expect.exit, actual.exit));
  check_stream("stdout", expect.stdout_text, expect.stdout_contains, expect.stdout_matches,
               actual.out, expect.rendering, reports);
  check_stream("stderr", expect.stderr_text, expect.stderr_contains, expect.stderr_matches,
               actual.err, expect.rendering, reports);
  check_stream("output", expect.output_text, expect.output_contains, expect.output_matches,
               actual.interleaved, expect.rendering, reports);
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
