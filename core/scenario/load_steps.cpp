#include "core/scenario/load_steps.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <regex>

#include "core/scenario/text_regex.hpp"
#include "core/sim_clock.hpp"

namespace kzsim::scenario {

namespace {

// libstdc++'s std::regex compiles a pattern recursing once per term: a pattern of some
// thousands of terms overflows the stack before any regex_error can be thrown.
constexpr std::size_t kLongestPattern = 1000;

std::string regex(const Field& field) {
  std::string pattern = field.text();
  if (pattern.size() > kLongestPattern)
    field.refuse(fmt::format("an ECMAScript regular expression of at most {} characters", kLongestPattern));
  try {
    text_regex(pattern);
  } catch (const std::regex_error& error) {
    if (error.code() == std::regex_constants::error_complexity)
      field.refuse("an ECMAScript regular expression without back-references (kzsim matches "
                   "breadth-first, in time and stack bounded by the pattern)");
    field.refuse("an ECMAScript regular expression");
  }
  return pattern;
}

// rendering: how the page the expected texts were copied from rendered the output.
Rendering load_rendering(const Field& rendering) {
  Rendering result;
  const std::vector<Field> fields = rendering.entries({"blanks", "lines", "headings", "spelling"});
  if (fields.empty()) rendering.refuse("at least one of blanks, lines, headings or spelling");
  for (const Field& field : fields) {
    if (field.key() == "blanks") {
      field.one_of({"collapsed"});
      result.collapsed_blanks = true;
    } else if (field.key() == "lines") {
      field.one_of({"wrapped"});
      result.wrapped_lines = true;
    } else if (field.key() == "headings") {
      field.one_of({"unnumbered"});
      result.unnumbered_headings = true;
    } else {
      const std::vector<Field> words = field.entries();
      if (words.empty()) field.refuse("a map from the page's word to the word the command prints");
      for (const Field& word : words) {
        const std::string printed = word.text();
        if (word.key().empty() || printed.find_first_of(" \t\n") != std::string::npos ||
            word.key().find_first_of(" \t\n") != std::string::npos)
          word.refuse("one word (no blanks) for the page's word and for the command's");
        result.spelling.emplace_back(word.key(), printed);
      }
    }
  }
  return result;
}

Expectation load_expectation(const Field& expect) {
  Expectation result;
  for (const Field& field :
       expect.entries({"exit", "stdout", "stderr", "output", "stdout-contains", "stderr-contains",
                       "output-contains", "stdout-matches", "stderr-matches", "output-matches",
                       "rendering"})) {
    const std::string& key = field.key();
    if (key == "exit") result.exit = field.integer(0, 255);
    else if (key == "rendering") result.rendering = load_rendering(field);
    else if (key == "stdout") result.stdout_text = field.text();
    else if (key == "stderr") result.stderr_text = field.text();
    else if (key == "output") result.output_text = field.text();
    else if (key == "stdout-contains") result.stdout_contains = field.texts();
    else if (key == "stderr-contains") result.stderr_contains = field.texts();
    else if (key == "output-contains") result.output_contains = field.texts();
    else if (key == "stdout-matches") result.stdout_matches = regex(field);
    else if (key == "stderr-matches") result.stderr_matches = regex(field);
    else result.output_matches = regex(field);
  }
  return result;
}

// The keys a run step and a meanwhile entry share; `host` defaults to `default_host`.
RunStep load_command(const std::vector<Field>& fields, const References& names, const std::string& default_host) {
  RunStep run;
  run.host = default_host;
  for (const Field& field : fields) {
    const std::string& key = field.key();
    if (key == "run") run.command = field.text();
    else if (key == "host") run.host = names.host(field);
    else if (key == "expect") run.expect = load_expectation(field);
  }
  // The user is checked once the host is known, whatever the order of the keys.
  if (const Field* user = find(fields, "user")) run.user = names.user(*user, run.host);
  return run;
}

int line_count(const std::string& text) {
  const auto newlines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  return text.ends_with('\n') ? newlines : newlines + 1;
}

// meanwhile: commands from another terminal, each just before a stdin line of the step is read.
std::vector<Meanwhile> load_meanwhile(const Field& meanwhile, const RunStep& step, const References& names) {
  if (!step.stdin_text) meanwhile.refuse("stdin on this step too: meanwhile runs before one of its stdin lines");
  const int lines = line_count(*step.stdin_text);
  std::vector<Meanwhile> result;
  for (const Field& item : meanwhile.items()) {
    auto fields = item.entries({"before-line", "run", "host", "user", "expect"});
    Meanwhile entry;
    entry.where = item.where();
    const Field& line = require(fields, "before-line", item);
    const int earliest = result.empty() ? 1 : result.back().before_line;
    entry.before_line = line.integer(1, std::numeric_limits<int>::max());
    if (entry.before_line < earliest || entry.before_line > lines)
      line.refuse(fmt::format("a line of the step's stdin from {} to {} (the entries run in list order)", earliest, lines));
    require(fields, "run", item);
    entry.run = load_command(fields, names, step.host);
    result.push_back(std::move(entry));
  }
  return result;
}

RunStep load_run(const std::vector<Field>& fields, const References& names) {
  RunStep run = load_command(fields, names, names.first_host());
  if (const Field* stdin_text = find(fields, "stdin")) run.stdin_text = stdin_text->text();
  if (const Field* meanwhile = find(fields, "meanwhile")) run.meanwhile = load_meanwhile(*meanwhile, run, names);
  return run;
}

FaultStep load_fault(const Field& fault, const References& names) {
  FaultStep result;
  result.kind = require(fault.entries(), "kind", fault)
                    .one_of({"link-down", "link-up", "host-crash", "host-boot", "storage-offline",
                             "storage-online"});
  std::vector<Field> fields;
  if (result.kind.starts_with("link-")) {
    fields = fault.entries({"kind", "between", "after"});
    result.between = names.linked_pair(require(fields, "between", fault));
  } else if (result.kind.starts_with("host-")) {
    fields = fault.entries({"kind", "host", "after"});
    result.host = names.host(require(fields, "host", fault));
  } else {
    fields = fault.entries({"kind", "uri", "after"});
    result.uri = names.uri(require(fields, "uri", fault));
  }
  if (const Field* after = find(fields, "after")) result.after = after->duration();
  return result;
}

Step load_step(const Field& item, int number, const References& names) {
  Step step;
  step.number = number;
  step.where = item.where();
  std::vector<Field> fields = item.entries();
  int forms = (find(fields, "run") ? 1 : 0) + (find(fields, "advance") ? 1 : 0) +
              (find(fields, "fault") ? 1 : 0);
  if (forms != 1) item.refuse("exactly one of the step forms run, advance or fault");
  if (find(fields, "run")) {
    step.action = load_run(item.entries({"run", "host", "user", "stdin", "expect", "meanwhile"}), names);
  } else if (const Field* advance = find(fields, "advance")) {
    item.entries({"advance"});
    step.action = AdvanceStep{advance->duration()};
  } else {
    item.entries({"fault"});
    step.action = load_fault(*find(fields, "fault"), names);
  }
  return step;
}

}  // namespace

std::vector<Step> load_steps(const Field& steps, const References& names) {
  std::vector<Step> result;
  int number = 0;
  SimDuration advanced{0};  // by the advance steps so far; commands take their own time on top
  for (const Field& item : steps.items()) {
    result.push_back(load_step(item, ++number, names));
    const auto refuse_beyond_range = [&](const Field& field, std::string_view what) {
      field.refuse(fmt::format("{} that stays within the simulated clock's range (it ends at {}; the steps before "
                               "this one advance it by {}h)",
                               what, SimClock::range_end(),
                               std::chrono::duration_cast<std::chrono::hours>(advanced).count()));
    };
    if (const auto* advance = std::get_if<AdvanceStep>(&result.back().action)) {
      if (advance->by > SimClock::kRange - advanced)
        refuse_beyond_range(require(item.entries(), "advance", item), "an advance");
      advanced += advance->by;
    } else if (const auto* fault = std::get_if<FaultStep>(&result.back().action)) {
      if (fault->after && *fault->after > SimClock::kRange - advanced)
        refuse_beyond_range(require(require(item.entries(), "fault", item).entries(), "after", item), "an after");
    }
  }
  return result;
}

}  // namespace kzsim::scenario
