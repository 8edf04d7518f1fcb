#pragma once
// The columns of the page-size study's report, shared by the terminal table, results.csv and
// the HTML table so that all three say the same thing.
#include <functional>
#include <string>
#include <vector>

#include "core/study/sweep.hpp"

namespace kzsim::study {

struct Column {
  std::string name;  // the CSV header
  std::function<std::string(const Result&)> value;
  bool numeric = false;  // right-aligned in the table
};

// One column per TLB level up to the deepest level any result has.
std::vector<Column> report_columns(const std::vector<Result>& results);

// The terminal table: a header, then one aligned line per result.
std::string results_table(const std::vector<Result>& results);
// RFC 4180 CSV with the same columns.
std::string results_csv(const std::vector<Result>& results);

}  // namespace kzsim::study
