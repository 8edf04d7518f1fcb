#pragma once
// The line format of the files sysadm keeps on a host: one record a line, fields separated by
// tabs (no field holds a tab or a newline: they are replaced by spaces).
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::zones {

std::string join_fields(const std::vector<std::string>& fields);  // ends in a newline
std::vector<std::string> split_fields(std::string_view line);     // without the newline
std::vector<std::string> record_lines(std::string_view text);

}  // namespace kzsim::zones
