#include "core/catalog/yaml_table.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace kzsim::catalog {

namespace {
std::string shown(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsScalar()) return fmt::format("'{}'", node.Scalar());
  if (node.IsSequence()) return "a list";
  return "a map";
}
}  // namespace

TableNode::TableNode(std::string file, YAML::Node node, std::string path)
    : file_(std::move(file)), node_(std::move(node)), path_(std::move(path)) {}

TableNode TableNode::parse(const std::string& file, std::string_view text) {
  try {
    return TableNode(file, YAML::Load(std::string(text)), "");
  } catch (const YAML::ParserException& e) {
    throw InputError(fmt::format("expected valid YAML: {}", e.msg),
                     SourceLocation{file, e.mark.line + 1, e.mark.column + 1});
  }
}

SourceLocation TableNode::where() const {
  const YAML::Mark mark = node_.Mark();
  if (mark.is_null()) return SourceLocation{file_, 0, 0};
  return SourceLocation{file_, mark.line + 1, mark.column + 1};
}

void TableNode::refuse(std::string_view expected) const {
  const std::string name = path_.empty() ? std::string("the table") : path_;
  throw InputError(fmt::format("{}: expected {}, got {}", name, expected, shown(node_)), where());
}

bool TableNode::has(std::string_view key) const {
  return node_.IsMap() && node_[std::string(key)].IsDefined();
}

TableNode TableNode::operator[](std::string_view key) const {
  const std::string child_path = path_.empty() ? std::string(key) : fmt::format("{}.{}", path_, key);
  if (!node_.IsMap()) refuse(fmt::format("a map with the key '{}'", key));
  YAML::Node child = node_[std::string(key)];
  if (!child.IsDefined())
    throw InputError(fmt::format("{}: expected the key '{}'", path_.empty() ? "the table" : path_, key),
                     where());
  return TableNode(file_, child, child_path);
}

void TableNode::only_keys(std::initializer_list<std::string_view> allowed) const {
  if (!node_.IsMap()) refuse("a map");
  for (const auto& entry : node_) {
    const std::string key = entry.first.as<std::string>();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string expected;
    for (std::string_view name : allowed) expected += fmt::format("{}{}", expected.empty() ? "" : ", ", name);
    const YAML::Mark mark = entry.first.Mark();
    throw InputError(fmt::format("{}: unknown key '{}'; expected one of: {}",
                                 path_.empty() ? "the table" : path_, key, expected),
                     SourceLocation{file_, mark.line + 1, mark.column + 1});
  }
}

std::string TableNode::text() const {
  if (!node_.IsScalar() || node_.Scalar().empty()) refuse("a non-empty text");
  return node_.Scalar();
}

std::string TableNode::text_or(std::string_view key, std::string fallback) const {
  return has(key) ? (*this)[key].text() : std::move(fallback);
}

int TableNode::integer(int low, int high) const {
  int value = 0;
  if (!node_.IsScalar() || !YAML::convert<int>::decode(node_, value) || value < low || value > high)
    refuse(fmt::format("a whole number from {} to {}", low, high));
  return value;
}

double TableNode::number() const {
  double value = 0;
  if (!node_.IsScalar() || !YAML::convert<double>::decode(node_, value) || value < 0)
    refuse("a non-negative number");
  return value;
}

bool TableNode::boolean() const {
  bool value = false;
  if (!node_.IsScalar() || !YAML::convert<bool>::decode(node_, value)) refuse("true or false");
  return value;
}

Bytes TableNode::size() const {
  if (!node_.IsScalar()) refuse("a size such as 8K, 256M or 2G");
  const auto bytes = parse_size(node_.Scalar());
  if (!bytes || *bytes == 0) refuse("a size such as 8K, 256M or 2G");
  return *bytes;
}

Version TableNode::version() const {
  if (!node_.IsScalar()) refuse("a dotted version such as 8.8 or 11.4.45");
  const auto parsed = Version::parse(node_.Scalar());
  if (!parsed) refuse("a dotted version such as 8.8 or 11.4.45");
  return *parsed;
}

Arch TableNode::arch() const {
  const std::string name = node_.IsScalar() ? node_.Scalar() : "";
  if (name == arch_name(Arch::Sparc)) return Arch::Sparc;
  if (name == arch_name(Arch::X86)) return Arch::X86;
  refuse("sparc or x86");
}

std::vector<std::string> TableNode::texts() const {
  if (!node_.IsSequence()) refuse("a list of names");
  std::vector<std::string> values;
  for (const TableNode& item : items()) values.push_back(item.text());
  return values;
}

std::vector<TableNode> TableNode::items() const {
  if (!node_.IsSequence()) refuse("a list");
  std::vector<TableNode> values;
  for (std::size_t i = 0; i < node_.size(); ++i)
    values.emplace_back(file_, node_[i], fmt::format("{}[{}]", path_, i));
  return values;
}

std::vector<std::pair<TableNode, TableNode>> TableNode::entries() const {
  if (!node_.IsMap()) refuse("a map");
  std::vector<std::pair<TableNode, TableNode>> values;
  for (const auto& entry : node_) {
    TableNode key(file_, entry.first, path_);
    const std::string name = key.text();
    values.emplace_back(key, TableNode(file_, entry.second, fmt::format("{}.{}", path_, name)));
  }
  return values;
}

}  // namespace kzsim::catalog
