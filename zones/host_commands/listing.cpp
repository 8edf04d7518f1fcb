#include "zones/host_commands/listing.hpp"

#include <algorithm>
#include <cctype>

namespace kzsim::zones {

bool take_json_option(std::vector<std::string>& args) {
  const auto removed = std::erase(args, "--json");
  return removed > 0;
}

std::string cell_text(const nlohmann::ordered_json& value) {
  if (value.is_null()) return "-";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string text;
    for (const auto& item : value) text += (text.empty() ? "" : ",") + cell_text(item);
    return text;
  }
  return value.dump();
}

std::vector<std::string> cell_texts(const ListingRow& row) {
  std::vector<std::string> texts;
  for (const auto& [key, value] : row.items()) texts.push_back(cell_text(value));
  return texts;
}

namespace {

std::string column_key(std::string_view header) {
  std::string key;
  for (const char c : header) key += c == ' ' || c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

nlohmann::ordered_json typed(const std::string& cell) {
  if (cell == "-") return nullptr;
  const bool number = !cell.empty() && cell.size() < 19 && std::ranges::all_of(cell, [](char c) { return c >= '0' && c <= '9'; }) &&
                      (cell.size() == 1 || cell.front() != '0');
  return number ? nlohmann::ordered_json(std::stoull(cell)) : nlohmann::ordered_json(cell);
}

}  // namespace

Listing table_rows(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& cells) {
  Listing rows;
  for (const auto& line : cells) {
    ListingRow row = ListingRow::object();
    for (std::size_t at = 0; at < header.size() && at < line.size(); ++at) row[column_key(header[at])] = typed(line[at]);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string json_text(const nlohmann::ordered_json& value) { return value.dump(2) + "\n"; }

std::string listing_json(const Listing& rows) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const ListingRow& row : rows) array.push_back(row);
  return json_text(array);
}

}  // namespace kzsim::zones
