#include "core/study/report_columns.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace kzsim::study {
namespace {

std::string per_thousand(std::uint64_t count, const Result& r) {
  return fmt::format("{:.2f}", 1000.0 * static_cast<double>(count) / static_cast<double>(r.measurement.accesses));
}

// A column that only has a value when the zone booted.
Column measured(std::string name, std::function<std::string(const Result&)> value) {
  return {std::move(name), [value](const Result& r) { return r.ok() ? value(r) : std::string("-"); }, true};
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

std::vector<Column> report_columns(const std::vector<Result>& results) {
  std::size_t levels = 0;
  for (const auto& r : results) levels = std::max(levels, r.measurement.tlb_levels.size());
  std::vector<Column> columns = {
      {"index", [](const Result& r) { return std::to_string(r.configuration.index); }, true},
      {"model", [](const Result& r) { return r.configuration.model; }},
      {"workload", [](const Result& r) { return std::string(workload_name(r.configuration.workload)); }},
      {"memory", [](const Result& r) { return format_size(r.configuration.memory); }, true},
      {"policy", [](const Result& r) { return r.configuration.policy; }},
      {"fragment_percent", [](const Result& r) { return std::to_string(r.configuration.fragment); }, true},
      {"guest_page", [](const Result& r) { return format_size(r.configuration.guest_page); }, true},
      measured("backing_page", [](const Result& r) { return r.backing.nested ? format_size(r.backing.page_size) : "native"; }),
      measured("tlb_page", [](const Result& r) { return format_size(r.paging.page_size); }),
      measured("walk_references_per_walk",
               [](const Result& r) { return std::to_string(timing::walk_references(r.paging.guest_levels, r.paging.host_levels)); }),
      measured("cycles_per_access", [](const Result& r) { return fmt::format("{:.2f}", r.measurement.cycles_per_access()); }),
  };
  for (std::size_t level = 0; level < levels; ++level) {
    const auto has = [level](const Result& r) { return level < r.measurement.tlb_levels.size(); };
    columns.push_back(measured(fmt::format("tlb{}_level", level + 1),
                               [=](const Result& r) { return has(r) ? r.measurement.tlb_levels[level] : "-"; }));
    columns.back().numeric = false;
    columns.push_back(measured(fmt::format("tlb{}_misses_per_1k", level + 1), [=](const Result& r) {
      return has(r) ? per_thousand(r.measurement.tlb_misses[level], r) : "-";
    }));
  }
  const std::vector<Column> walk_columns = {
      measured("walks_per_1k", [](const Result& r) { return per_thousand(r.measurement.walks, r); }),
      measured("walk_references", [](const Result& r) { return std::to_string(r.measurement.walk_references); }),
      measured("walk_cycles", [](const Result& r) { return std::to_string(r.measurement.walk_cycles); }),
      measured("walk_cycle_share", [](const Result& r) { return fmt::format("{:.3f}", r.measurement.walk_share()); }),
      measured("slowdown", [](const Result& r) { return fmt::format("{:.3f}", r.slowdown); }),
      {"status", [](const Result& r) { return r.ok() ? std::string("ok") : "boot failed: " + first_line(r.backing.error); }},
  };
  columns.insert(columns.end(), walk_columns.begin(), walk_columns.end());
  return columns;
}

std::string results_table(const std::vector<Result>& results) {
  const auto columns = report_columns(results);
  std::vector<std::vector<std::string>> cells(1);
  for (const auto& column : columns) cells[0].push_back(column.name);
  for (const auto& r : results) {
    cells.emplace_back();
    for (const auto& column : columns) cells.back().push_back(column.value(r));
  }
  std::vector<std::size_t> widths(columns.size(), 0);
  for (const auto& line : cells)
    for (std::size_t i = 0; i < line.size(); ++i) widths[i] = std::max(widths[i], line[i].size());
  std::string text;
  for (const auto& line : cells) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const bool last = i + 1 == line.size();
      out += columns[i].numeric ? fmt::format("{:>{}}", line[i], widths[i])
                                : (last ? line[i] : fmt::format("{:<{}}", line[i], widths[i]));
      if (!last) out += "  ";
    }
    text += out + "\n";
  }
  return text;
}

std::string results_csv(const std::vector<Result>& results) {
  const auto columns = report_columns(results);
  std::string text;
  for (std::size_t i = 0; i < columns.size(); ++i) text += (i ? "," : "") + csv_field(columns[i].name);
  text += "\n";
  for (const auto& r : results) {
    for (std::size_t i = 0; i < columns.size(); ++i) text += (i ? "," : "") + csv_field(columns[i].value(r));
    text += "\n";
  }
  return text;
}

}  // namespace kzsim::study
