#pragma once
// The data files of zones/teaching (refusal rules, command manuals, the tour), embedded in the
// binary at build time by tools/embed_data.py, and the two ways they are read.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::embedded {
const std::map<std::string, std::string_view>& teaching_files();
}

namespace kzsim::zones {

// The embedded `file` read once by Table::from_yaml (each Table type has one file).
template <class Table>
const Table& embedded_table(const std::string& file) {
  static const Table table = Table::from_yaml(file, embedded::teaching_files().at(file));
  return table;
}

// The item of `items` whose `key` member is `name`, or nullptr.
template <class Item>
const Item* find_named(const std::vector<Item>& items, std::string_view name, std::string Item::*key) {
  const auto found = std::ranges::find(items, name, key);
  return found == items.end() ? nullptr : &*found;
}

}  // namespace kzsim::zones
