#pragma once
// The rows of a listing command (zoneadm list, psrinfo, svcs, ...), built once and printed
// either as the command's own text, word for word as Solaris prints it, or with `--json` (a
// kzsim extension, not Solaris) as a JSON array with one object a row. A row's keys are the
// listing's column names in lower case ("-" and blanks as "_"), in column order; numbers are
// JSON numbers, a value the text shows as "-" is null, a list of values an array.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/shell/command.hpp"

namespace kzsim::zones {

using ListingRow = nlohmann::ordered_json;
using Listing = std::vector<ListingRow>;

// Removes the words "--json" from `args` and says whether there was one.
bool take_json_option(std::vector<std::string>& args);

// A value as the text form shows it: strings as they are, numbers in decimal, null as "-", an
// array as its values joined with ",".
std::string cell_text(const nlohmann::ordered_json& value);
std::vector<std::string> cell_texts(const ListingRow& row);  // in column order

// A text table's rows keyed by its header; a cell of decimal digits becomes a number and "-"
// null, so that cell_texts gives the cells back.
Listing table_rows(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& cells);

// Indented, one line per value, ends in a newline.
std::string json_text(const nlohmann::ordered_json& value);
std::string listing_json(const Listing& rows);

// Prints `rows` as JSON when `json`, else text_of(rows).
template <class TextOf>
void print_listing(const shell::Invocation& call, bool json, const Listing& rows, TextOf text_of) {
  call.out(json ? listing_json(rows) : std::string(text_of(rows)));
}

}  // namespace kzsim::zones
