#pragma once
// Typed, located access to the yaml-cpp nodes of one scenario file. Every refusal is an
// InputError that names the field (a path such as hosts.global1.memory), the place
// (file:line:col, 1-based) and what was expected.
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/units.hpp"

namespace kzsim::scenario {

// How many values (scalars, lists, maps, empty values) and how many bytes of scalar text a
// document may hold once its aliases are expanded. An alias repeats its anchor's whole value,
// so a few lines of anchors and aliases can stand for billions of values or gigabytes of text;
// the largest scenario of the repository holds 437 values and 35 KB.
inline constexpr std::size_t kMaxYamlValues = 100'000;
inline constexpr std::size_t kMaxYamlTextBytes = 16 << 20;

// Parses `text` as exactly one YAML document; refuses what is not valid YAML, and a document
// past kMaxYamlValues or kMaxYamlTextBytes.
YAML::Node parse_yaml(const std::string& text, const std::string& file);

SourceLocation location_of(const YAML::Node& node, const std::string& file);

// One value of the file together with how to name it and where it is.
class Field {
 public:
  Field(std::string file, std::string path, YAML::Node key, YAML::Node value);

  const std::string& path() const { return path_; }
  const YAML::Node& node() const { return value_; }
  // The value's place; the key's when the value is empty (yaml-cpp marks an empty value at the
  // next token).
  SourceLocation where() const;
  SourceLocation key_where() const;

  [[noreturn]] void refuse(std::string_view expected) const;  // "PATH: expected X, got Y"

  std::string text() const;  // any scalar, not empty-valued
  std::uint64_t non_negative() const;
  int integer(int low, int high) const;
  bool boolean() const;
  Bytes size() const;
  SimDuration duration() const;
  std::uint64_t bandwidth() const;
  std::string one_of(std::initializer_list<std::string_view> choices) const;

  std::vector<Field> items() const;                       // of a list
  std::vector<std::string> texts() const;                 // a list of scalars
  std::vector<Field> entries(std::initializer_list<std::string_view> allowed) const;  // of a map
  std::vector<Field> entries() const;  // of a map whose keys are names chosen by the author
  const std::string& key() const { return key_text_; }

 private:
  std::vector<Field> map_entries(const std::vector<std::string_view>* allowed) const;

  std::string file_;
  std::string path_;
  YAML::Node key_;
  YAML::Node value_;
  std::string key_text_;
};

// The entry named `key`, or nullptr.
const Field* find(const std::vector<Field>& entries, std::string_view key);
// The entry named `key`; refuses at `parent` when it is missing.
const Field& require(const std::vector<Field>& entries, std::string_view key, const Field& parent);

}  // namespace kzsim::scenario
