#pragma once
// Located, typed reading of the catalog's YAML tables. Every refusal is an InputError naming
// the embedded file, line and column (1-based) and what was expected there.
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/error.hpp"
#include "core/units.hpp"

namespace kzsim::catalog {

// One node of a table file, with the file's name for error messages.
class TableNode {
 public:
  TableNode(std::string file, YAML::Node node, std::string path);

  // Parses `text` as one YAML document; refuses what is not valid YAML.
  static TableNode parse(const std::string& file, std::string_view text);

  SourceLocation where() const;
  [[noreturn]] void refuse(std::string_view expected) const;
  const std::string& file() const { return file_; }
  const std::string& path() const { return path_; }

  bool has(std::string_view key) const;
  bool is_map() const { return node_.IsMap(); }
  bool is_sequence() const { return node_.IsSequence(); }
  TableNode operator[](std::string_view key) const;  // required key of a map
  // Refuses a key of this map that is not in `allowed`, and a node that is not a map.
  void only_keys(std::initializer_list<std::string_view> allowed) const;

  std::string text() const;
  std::string text_or(std::string_view key, std::string fallback) const;
  int integer(int low, int high) const;
  double number() const;
  bool boolean() const;
  Bytes size() const;
  Version version() const;
  Arch arch() const;
  std::vector<std::string> texts() const;  // a list of scalars
  std::vector<TableNode> items() const;    // of a list
  // Entries of a map whose keys the author chooses, in file order.
  std::vector<std::pair<TableNode, TableNode>> entries() const;

 private:
  std::string file_;
  YAML::Node node_;
  std::string path_;
};

}  // namespace kzsim::catalog
