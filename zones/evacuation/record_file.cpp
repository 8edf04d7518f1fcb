#include "zones/evacuation/record_file.hpp"

#include <algorithm>

namespace kzsim::zones {

std::string join_fields(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += '\t';
    std::string clean = fields[i];
    std::ranges::replace(clean, '\t', ' ');
    std::ranges::replace(clean, '\n', ' ');
    line += clean;
  }
  return line + '\n';
}

std::vector<std::string> split_fields(std::string_view line) {
  if (line.ends_with('\n')) line.remove_suffix(1);
  std::vector<std::string> fields;
  for (std::size_t start = 0;;) {
    const auto tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

std::vector<std::string> record_lines(std::string_view text) {
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < text.size();) {
    const auto end = text.find('\n', start);
    lines.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace kzsim::zones
