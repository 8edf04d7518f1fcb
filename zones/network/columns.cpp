#include "zones/network/columns.hpp"

#include <algorithm>

#include "zones/host_commands/listing.hpp"

namespace kzsim::zones {

std::string Columns::row(const std::vector<std::string>& cells) const {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    line += cells[i];
    if (i + 1 == cells.size()) break;
    const int width = i < widths_.size() ? widths_[i] : 0;
    line.append(std::max<std::size_t>(1, width - std::min<std::size_t>(width, cells[i].size())), ' ');
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line + '\n';
}

void print_table(const shell::Invocation& call, bool json, const Columns& columns, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, bool with_header) {
  print_listing(call, json, table_rows(header, rows), [&](const Listing& listed) {
    std::string text = with_header ? columns.row(header) : "";
    for (const ListingRow& row : listed) text += columns.row(cell_texts(row));
    return text;
  });
}

}  // namespace kzsim::zones
