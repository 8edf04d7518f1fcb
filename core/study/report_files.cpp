#include "core/study/report_files.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/study/report_columns.hpp"
#include "core/study/report_plots.hpp"
#include "core/xml_text.hpp"

namespace kzsim::study {
namespace {

namespace fs = std::filesystem;

void write_file(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) throw InputError(fmt::format("--out: cannot write {}; expected a writable directory", file.string()));
}

// The <svg> element of a gnuplot SVG file, without its XML prologue and DOCTYPE.
std::string inline_svg(const fs::path& file) {
  std::stringstream text;
  text << std::ifstream(file).rdbuf();
  const std::string svg = text.str();
  const auto start = svg.find("<svg");
  return start == std::string::npos ? std::string{} : svg.substr(start);
}

std::string html_table(const std::vector<Result>& results) {
  const auto columns = report_columns(results);
  std::string html = "<table>\n<tr>";
  for (const auto& column : columns) html += "<th>" + xml_escaped(column.name) + "</th>";
  html += "</tr>\n";
  for (const auto& r : results) {
    html += r.ok() ? (r.slowdown == 1.0 ? "<tr class=\"best\">" : "<tr>") : "<tr class=\"failed\">";
    for (const auto& column : columns)
      html += (column.numeric ? "<td class=\"n\">" : "<td>") + xml_escaped(column.value(r)) + "</td>";
    html += "</tr>\n";
  }
  return html + "</table>\n";
}

std::string html_report(const fs::path& directory, const SweepResults& results, const Plots& plots) {
  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>kzsim bench pagesize</title>\n"
      "<style>\nbody {{ font-family: sans-serif; margin: 1.5em; }}\n"
      "table {{ border-collapse: collapse; font-size: 0.85em; }}\n"
      "th, td {{ border: 1px solid #bbb; padding: 0.2em 0.5em; }}\nth {{ background: #eee; }}\n"
      "td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}\n"
      "tr.best {{ background: #e4f4e4; }}\ntr.failed {{ color: #a33; }}\n.plot svg {{ max-width: 100%; height: auto; }}\n"
      "pre {{ background: #f6f6f6; padding: 0.5em; }}\n</style>\n</head>\n<body>\n"
      "<h1>Kernel zone memory page size study</h1>\n"
      "<p>Each configuration runs a seeded access trace through the timing model of a CPU model: guest pages backed by "
      "the host page size the zone's page-size policy chose, TLB misses walked in two dimensions (guest table, each "
      "reference translated by the host table). Slowdown is against the best configuration of the same model and "
      "workload; green rows are the best.</p>\n"
      "<p>Shard {}; {} of {} configurations. Data: <a href=\"results.csv\">results.csv</a>, "
      "<a href=\"results.json\">results.json</a>.</p>\n<h2>Sweep</h2>\n<pre>{}</pre>\n<h2>Results</h2>\n{}",
      xml_escaped(results.shard), results.results.size(), results.configurations, xml_escaped(results.sweep.dump(2)),
      html_table(results.results));
  html += "<h2>Plots</h2>\n";
  if (!plots.warning.empty()) html += "<p>" + xml_escaped(plots.warning) + "</p>\n";
  for (const auto& svg : plots.svgs) html += "<div class=\"plot\">\n" + inline_svg(directory / svg) + "</div>\n";
  return html + "</body>\n</html>\n";
}

}  // namespace

std::string write_report(const fs::path& directory, const SweepResults& results) {
  std::error_code error;
  fs::create_directories(directory, error);
  if (error)
    throw InputError(fmt::format("--out {}: cannot create the directory ({}); expected a writable path",
                                 directory.string(), error.message()));
  write_file(directory / "results.json", to_json(results).dump(2) + "\n");
  write_file(directory / "results.csv", results_csv(results.results));
  const Plots plots = draw_plots(directory, results.results);
  write_file(directory / "report.html", html_report(directory, results, plots));
  return plots.warning;
}

}  // namespace kzsim::study
