#include "core/scenario/yaml_field.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <set>

#include "core/sim_clock.hpp"

namespace kzsim::scenario {

namespace {

std::string prefixed(const std::string& path, std::string_view message) {
  return path.empty() ? std::string(message) : fmt::format("{}: {}", path, message);
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar: return fmt::format("'{}'", node.Scalar());
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    default: return "nothing";
  }
}

bool has_mark(const YAML::Node& node) { return node.IsDefined() && node.Mark().line >= 0; }

// The first value past either limit, counting every alias as a copy of its anchor's value;
// none when the document stays within them. A walk of its own (not recursion): an alias inside
// its own anchor makes a cycle as deep as the limit.
std::optional<YAML::Node> value_past_limits(const YAML::Node& root) {
  struct Open {
    YAML::const_iterator next, end;
    bool is_map;
  };
  std::vector<Open> open;
  std::size_t values = 0, text_bytes = 0;
  auto count = [&](const YAML::Node& node) {
    if (node.IsScalar()) text_bytes += node.Scalar().size();
    if (++values > kMaxYamlValues || text_bytes > kMaxYamlTextBytes) return false;
    if (node.IsSequence() || node.IsMap()) open.push_back({node.begin(), node.end(), node.IsMap()});
    return true;
  };
  if (!count(root)) return root;
  while (!open.empty()) {
    if (open.back().next == open.back().end) {
      open.pop_back();
      continue;
    }
    const bool is_map = open.back().is_map;
    const auto entry = *open.back().next++;
    for (const YAML::Node& node : is_map ? std::vector<YAML::Node>{entry.first, entry.second} : std::vector<YAML::Node>{entry})
      if (!count(node)) return node;
  }
  return std::nullopt;
}

// The stream's documents as the parser reports them, up to the second (where it starts). Stops
// at the first empty document: Debian's yaml-cpp 0.7.0 repeats an empty document forever after
// some errors (the input ',' for one: upstream issue #1040, fixed the same way by PR #1319), and
// YAML::LoadAll with it.
class DocumentCounter : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents;
    if (documents == 2) second = mark;
    empty = true;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { empty = false; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { empty = false; }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    empty = false;
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    empty = false;
  }
  void OnMapEnd() override {}

  int documents = 0;
  bool empty = true;
  YAML::Mark second;
};

}  // namespace

YAML::Node parse_yaml(const std::string& text, const std::string& file) {
  YAML::Node document;
  DocumentCounter counter;
  try {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    while (counter.documents < 2 && parser.HandleNextDocument(counter) && !counter.empty) {
    }
    document = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw InputError(fmt::format("not valid YAML: {}", e.msg),
                     {file, e.mark.line + 1, e.mark.column + 1});
  }
  if (counter.documents > 1)
    throw InputError("expected one YAML document, found another",
                     {file, counter.second.line + 1, counter.second.column + 1});
  if (counter.documents == 0) return YAML::Node();
  if (auto past = value_past_limits(document))
    throw InputError(fmt::format("the document holds more than {} values or {} bytes of text once its aliases "
                                 "(*name) are expanded; expected at most that (each alias repeats its anchor's "
                                 "whole value)",
                                 kMaxYamlValues, kMaxYamlTextBytes),
                     location_of(*past, file));
  return document;
}

SourceLocation location_of(const YAML::Node& node, const std::string& file) {
  if (!has_mark(node)) return {file};
  return {file, node.Mark().line + 1, node.Mark().column + 1};
}

Field::Field(std::string file, std::string path, YAML::Node key, YAML::Node value)
    : file_(std::move(file)), path_(std::move(path)), key_(std::move(key)),
      value_(std::move(value)), key_text_(key_.IsScalar() ? key_.Scalar() : "") {}

SourceLocation Field::where() const {
  if (has_mark(value_) && !value_.IsNull()) return location_of(value_, file_);
  if (has_mark(key_)) return location_of(key_, file_);
  return location_of(value_, file_);
}

SourceLocation Field::key_where() const {
  return has_mark(key_) ? location_of(key_, file_) : where();
}

void Field::refuse(std::string_view expected) const {
  throw InputError(prefixed(path_, fmt::format("expected {}, got {}", expected, describe(value_))),
                   where());
}

std::string Field::text() const {
  if (!value_.IsScalar()) refuse("text");
  return value_.Scalar();
}

std::uint64_t Field::non_negative() const {
  static constexpr std::string_view expected = "a non-negative integer";
  if (!value_.IsScalar()) refuse(expected);
  const std::string& text = value_.Scalar();
  std::uint64_t number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) refuse(expected);
  return number;
}

int Field::integer(int low, int high) const {
  std::string expected = fmt::format("an integer from {} to {}", low, high);
  if (!value_.IsScalar()) refuse(expected);
  const std::string& text = value_.Scalar();
  int number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || number < low ||
      number > high)
    refuse(expected);
  return number;
}

bool Field::boolean() const {
  if (value_.IsScalar() && value_.Scalar() == "true") return true;
  if (value_.IsScalar() && value_.Scalar() == "false") return false;
  refuse("true or false");
}

Bytes Field::size() const {
  if (value_.IsScalar())
    if (auto bytes = parse_size(value_.Scalar())) return *bytes;
  refuse("a size such as 16G or 2048m");
}

SimDuration Field::duration() const {
  if (value_.IsScalar()) {
    if (auto span = parse_duration(value_.Scalar())) return *span;
    if (duration_nanoseconds(value_.Scalar()))
      refuse(fmt::format("a duration within the simulated clock's range (at most {}h: the clock ends at {})",
                         std::chrono::duration_cast<std::chrono::hours>(SimClock::kRange).count(),
                         SimClock::range_end()));
  }
  refuse("a duration such as 0.1ms, 30s, 10m or 2h");
}

std::uint64_t Field::bandwidth() const {
  if (value_.IsScalar())
    if (auto bits = parse_bandwidth(value_.Scalar())) return *bits;
  refuse("a bandwidth such as 10Gbit/s, 100Mbit/s or 125MB/s");
}

std::string Field::one_of(std::initializer_list<std::string_view> choices) const {
  if (value_.IsScalar() && std::find(choices.begin(), choices.end(), value_.Scalar()) != choices.end())
    return value_.Scalar();
  refuse(fmt::format("one of {}", fmt::join(choices, ", ")));
}

std::vector<Field> Field::items() const {
  if (!value_.IsSequence()) refuse("a list");
  std::vector<Field> result;
  for (std::size_t i = 0; i < value_.size(); ++i)
    result.emplace_back(file_, fmt::format("{}[{}]", path_, i + 1), value_[i], value_[i]);
  return result;
}

std::vector<std::string> Field::texts() const {
  if (!value_.IsSequence()) refuse("a list of text");
  std::vector<std::string> result;
  for (const Field& item : items()) result.push_back(item.text());
  return result;
}

std::vector<Field> Field::entries(std::initializer_list<std::string_view> allowed) const {
  std::vector<std::string_view> names(allowed);
  return map_entries(&names);
}

std::vector<Field> Field::entries() const { return map_entries(nullptr); }

std::vector<Field> Field::map_entries(const std::vector<std::string_view>* allowed) const {
  if (!value_.IsMap()) refuse("a map");
  std::vector<Field> result;
  std::set<std::string> seen;
  for (const auto& entry : value_) {
    Field field(file_, "", entry.first, entry.second);
    if (!entry.first.IsScalar() || entry.first.Scalar().empty())
      throw InputError(prefixed(path_, "expected a key name"), field.key_where());
    const std::string& key = entry.first.Scalar();
    if (allowed && std::find(allowed->begin(), allowed->end(), key) == allowed->end())
      throw InputError(prefixed(path_, fmt::format("unknown key '{}'; expected one of: {}", key,
                                                   fmt::join(*allowed, ", "))),
                       field.key_where());
    if (!seen.insert(key).second)
      throw InputError(prefixed(path_, fmt::format("duplicate key '{}'", key)), field.key_where());
    field.path_ = path_.empty() ? key : fmt::format("{}.{}", path_, key);
    result.push_back(std::move(field));
  }
  return result;
}

const Field* find(const std::vector<Field>& entries, std::string_view key) {
  auto it = std::find_if(entries.begin(), entries.end(),
                         [&](const Field& field) { return field.key() == key; });
  return it == entries.end() ? nullptr : &*it;
}

const Field& require(const std::vector<Field>& entries, std::string_view key, const Field& parent) {
  if (const Field* field = find(entries, key)) return *field;
  throw InputError(prefixed(parent.path(), fmt::format("missing required key '{}'", key)),
                   parent.where());
}

}  // namespace kzsim::scenario
