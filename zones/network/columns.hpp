#pragma once
// Fixed-width columns as dladm and dlstat print them: each cell padded to its column's width,
// at least one space between cells even when a value is wider, the last cell unpadded.
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"

namespace kzsim::zones {

class Columns {
 public:
  explicit Columns(std::vector<int> widths) : widths_(std::move(widths)) {}
  std::string row(const std::vector<std::string>& cells) const;

 private:
  std::vector<int> widths_;  // of every column but the last
};

// A table in `columns` (its header line first unless not `with_header`), or with --json (`json`)
// as the listing of its rows keyed by the header (zones/host_commands/listing.hpp).
void print_table(const shell::Invocation& call, bool json, const Columns& columns, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, bool with_header = true);

}  // namespace kzsim::zones
