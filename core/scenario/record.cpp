#include "core/scenario/record.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "core/scenario/yaml_field.hpp"
#include "core/scenario/yaml_text.hpp"

namespace kzsim::scenario {

namespace {

constexpr const char* exact_keys[] = {"exit", "stdout", "stderr", "output"};

struct Replacement {
  std::size_t begin, end;  // the replaced bytes; equal for an insertion
  std::string text;
};

std::size_t line_end(const std::string& text, std::size_t pos) {
  std::size_t end = text.find('\n', pos);
  return end == std::string::npos ? text.size() : end;
}

// Where a comment starts on a line that starts with a YAML value (with the blanks before it),
// or npos. Quotes are followed where a quoted scalar can start.
std::size_t comment_start(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == '\\' && quote == '"') ++i;
      else if (c == quote) quote = 0;
    } else if ((c == '"' || c == '\'') && (i == 0 || std::string_view(" \t[{,:").find(line[i - 1]) != std::string_view::npos)) {
      quote = c;
    } else if (c == '#' && i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t')) {
      while (i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t')) --i;
      return i;
    }
  }
  return std::string_view::npos;
}

// The text of a value of a key at `key_column`: its first line up to any comment, and the lines
// below that belong to it (indented deeper, or list items at the key's column), without trailing
// blank lines unless they belong to a |+ or >+ block scalar.
struct ValueSpan {
  std::size_t begin, end;  // end is past the newline of the value's last line
  std::string comment;     // on the first line, with the blanks before it
};

ValueSpan value_span(const std::string& text, const YAML::Node& value, int key_column) {
  ValueSpan span{static_cast<std::size_t>(value.Mark().pos), 0, ""};
  std::size_t eol = line_end(text, span.begin);
  std::string_view first(text.data() + span.begin, eol - span.begin);
  std::size_t comment = comment_start(first);
  if (comment != std::string_view::npos) span.comment = std::string(first.substr(comment));
  std::string_view header = first.substr(0, comment);
  bool keeps_blank_lines = (header.starts_with('|') || header.starts_with('>')) &&
                           header.find('+') != std::string_view::npos;
  bool block_list = value.IsSequence() && value.Style() != YAML::EmitterStyle::Flow;
  std::size_t pos = std::min(eol + 1, text.size());
  span.end = pos;
  while (pos < text.size()) {
    std::size_t end = line_end(text, pos);
    std::string_view line(text.data() + pos, end - pos);
    std::size_t indent = line.find_first_not_of(' ');
    bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
    bool inside = blank || static_cast<int>(indent) > key_column ||
                  (block_list && static_cast<int>(indent) == key_column && line[indent] == '-');
    if (!inside) break;
    pos = std::min(end + 1, text.size());
    if (!blank || keeps_blank_lines) span.end = pos;
  }
  return span;
}

std::string value_text(const std::string& key, const Transcript& actual, int key_column) {
  if (key == "exit") return fmt::format("{}\n", actual.exit);
  const std::string& text = key == "stdout" ? actual.out : key == "stderr" ? actual.err : actual.interleaved;
  return yaml_text_value(text, key_column);
}

// A value with the comment its old value had on its first line.
std::string with_comment(std::string value, const std::string& comment) {
  return value.insert(value.find('\n'), comment);
}

std::string entries(const std::vector<std::string>& keys, const Transcript& actual, int column) {
  std::string out;
  for (const std::string& key : keys)
    out += fmt::format("{:{}}{}: {}", "", column, key, value_text(key, actual, column));
  return out;
}

void refuse_flow_style(const YAML::Node& node, const std::string& what, const std::string& file) {
  if (node.Style() == YAML::EmitterStyle::Flow)
    throw InputError(fmt::format("--record rewrites {} written in block style only; expected "
                                 "one key a line instead of {{...}}",
                                 what),
                     location_of(node, file));
}

using Entries = std::vector<std::pair<YAML::Node, YAML::Node>>;

// The entries of a map in file order. (yaml-cpp nodes are references: assigning one to another
// would overwrite the node it refers to, so they are only ever copied into new places.)
Entries entries_of(const YAML::Node& map) {
  Entries result;
  for (const auto& entry : map) result.emplace_back(entry.first, entry.second);
  return result;
}

std::size_t end_of_entries(const std::string& text, const Entries& entries) {
  const auto& [key, value] = entries.back();
  return value_span(text, value, key.Mark().column).end;
}

bool is_exact_key(const std::string& key) {
  return std::find(std::begin(exact_keys), std::end(exact_keys), key) != std::end(exact_keys);
}

void record_expect(const std::string& text, const std::string& file, const YAML::Node& expect,
                   const Transcript& actual, std::vector<Replacement>& edits) {
  refuse_flow_style(expect, "expect blocks", file);
  // Its texts are the page's rendering of the output, kept as the page wrote them.
  if (expect["rendering"]) return;
  Entries fields = entries_of(expect);
  int column = fields.front().first.Mark().column;
  std::vector<std::string> missing = {"exit", "output"};
  for (const auto& [key_node, value] : fields) {
    const std::string& key = key_node.Scalar();
    if (!is_exact_key(key)) continue;
    std::erase(missing, key == "exit" ? "exit" : "output");
    ValueSpan span = value_span(text, value, column);
    edits.push_back(
        {span.begin, span.end, with_comment(value_text(key, actual, column), span.comment)});
  }
  std::size_t after = end_of_entries(text, fields);
  if (!missing.empty()) edits.push_back({after, after, entries(missing, actual, column)});
}

// A meanwhile command's expect block is rewritten as a step's is; an entry without one is left as
// it is (what it prints is not part of the transcript).
void record_meanwhile(const std::string& text, const std::string& file, const YAML::Node& step,
                      const Transcript& actual, std::vector<Replacement>& edits) {
  const YAML::Node meanwhile = step["meanwhile"];
  if (!meanwhile || !meanwhile.IsSequence()) return;
  for (std::size_t i = 0; i < meanwhile.size() && i < actual.meanwhile.size(); ++i) {
    const YAML::Node expect = meanwhile[i]["expect"];
    if (expect && expect.IsMap() && expect.size() > 0) record_expect(text, file, expect, actual.meanwhile[i], edits);
  }
}

void record_step_expect(const std::string& text, const std::string& file, const YAML::Node& step,
                        const Transcript& actual, std::vector<Replacement>& edits) {
  Entries fields = entries_of(step);
  int step_column = fields.front().first.Mark().column;
  auto expect = std::find_if(fields.begin(), fields.end(),
                             [](const auto& entry) { return entry.first.Scalar() == "expect"; });
  if (expect != fields.end() && expect->second.IsMap() && expect->second.size() > 0)
    return record_expect(text, file, expect->second, actual, edits);
  std::string block = entries({"exit", "output"}, actual, step_column + 2);
  if (expect != fields.end()) {
    // "expect:" with nothing (or {}) after it: the entries go below it.
    std::size_t colon = text.find(':', static_cast<std::size_t>(expect->first.Mark().pos));
    std::size_t eol = line_end(text, colon);
    std::string_view rest(text.data() + colon + 1, eol - colon - 1);
    std::size_t comment = comment_start(rest);
    std::string kept = comment == std::string_view::npos ? "" : std::string(rest.substr(comment));
    edits.push_back({colon + 1, std::min(eol + 1, text.size()), kept + "\n" + block});
    return;
  }
  std::size_t after = end_of_entries(text, fields);
  edits.push_back({after, after, fmt::format("{:{}}expect:\n{}", "", step_column, block)});
}

void record_step(const std::string& text, const std::string& file, const YAML::Node& step,
                 const Transcript& actual, std::vector<Replacement>& edits) {
  refuse_flow_style(step, "steps", file);
  record_step_expect(text, file, step, actual, edits);
  // After the step's: where both insert at one place (the step's end), the later edit is applied
  // later and so lands first, keeping the meanwhile entry's keys inside the entry.
  record_meanwhile(text, file, step, actual, edits);
}

}  // namespace

std::string record_expectations(const std::string& text, const std::string& file,
                                const std::map<int, Transcript>& actual) {
  // Insertions after the last line need it to end in a newline.
  std::string out = text.empty() || text.back() == '\n' ? text : text + '\n';
  const YAML::Node root = parse_yaml(out, file);
  const YAML::Node steps = root["steps"];
  std::vector<Replacement> edits;
  for (const auto& [number, transcript] : actual)
    record_step(out, file, steps[static_cast<std::size_t>(number - 1)], transcript, edits);
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Replacement& a, const Replacement& b) { return a.begin > b.begin; });
  for (const Replacement& edit : edits) out.replace(edit.begin, edit.end - edit.begin, edit.text);
  return out;
}

}  // namespace kzsim::scenario
