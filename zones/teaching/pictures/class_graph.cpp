#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include <boost/range/iterator_range.hpp>

#include "zones/advisor/class_graph.hpp"
#include "zones/teaching/pictures/pictures.hpp"
#include "zones/teaching/pictures/svg.hpp"

namespace kzsim::zones::pictures {

namespace {

using Vertex = ClassGraph::Vertex;

bool edge(const ClassGraph::Graph& graph, Vertex from, Vertex to) { return boost::edge(from, to, graph).second; }

// from -> to without a class strictly between them (classes with the same features carry over
// both ways and are drawn as such).
bool direct(const ClassGraph::Graph& graph, Vertex from, Vertex to) {
  if (!edge(graph, from, to)) return false;
  for (Vertex between : boost::make_iterator_range(boost::vertices(graph)))
    if (between != from && between != to && edge(graph, from, between) && edge(graph, between, to) &&
        !edge(graph, between, from) && !edge(graph, to, between))
      return false;
  return true;
}

// Model ids joined and wrapped into lines of at most `columns` characters.
std::vector<std::string> wrapped(const std::vector<std::string>& words, std::size_t columns) {
  std::vector<std::string> lines;
  for (const std::string& word : words) {
    if (!lines.empty() && lines.back().size() + 2 + word.size() <= columns) lines.back() += ", " + word;
    else {
      if (!lines.empty()) lines.back() += ",";
      lines.push_back(word);
    }
  }
  return lines;
}

std::string plural(std::size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

// Why the models of `arch` that reach no class are absent, a line per reason (AMD's missing
// cpu-arch, generations that cannot host kernel zones).
std::vector<std::string> absent_models(const catalog::Catalog& catalog, catalog::Arch arch) {
  std::map<std::string, std::vector<std::string>> no_classes, too_old;
  for (const catalog::CpuModel& model : catalog.models()) {
    if (model.arch != arch) continue;
    if (!model.kernel_zones) too_old[model.vendor].push_back(model.id);
    else if (model.cpu_arch_classes.empty()) no_classes[model.vendor].push_back(model.id);
  }
  std::vector<std::string> lines;
  for (const auto& [vendor, ids] : no_classes)
    lines.push_back(fmt::format("not shown: {} ({}): the cpu-arch resource type is not available for {} systems "
                                "(guide ch.5); their zones migrate warm or live only between identical CPUs",
                                fmt::join(ids, ", "), vendor, vendor));
  for (const auto& [vendor, ids] : too_old)
    lines.push_back(fmt::format("not shown: {} ({}): cannot host kernel zones", fmt::join(ids, ", "), vendor));
  return lines;
}

}  // namespace

std::string class_graph_picture(const catalog::Catalog& catalog, catalog::Arch arch) {
  const ClassGraph classes(catalog, arch);
  const ClassGraph::Graph& graph = classes.graph();
  // Columns by rank, at most kColumns to a band of rows; boxes by name within a rank.
  std::map<int, std::vector<Vertex>> by_rank;
  for (Vertex vertex : boost::make_iterator_range(boost::vertices(graph))) by_rank[graph[vertex]->rank].push_back(vertex);
  for (auto& [rank, vertices] : by_rank)
    std::ranges::sort(vertices, [&](Vertex a, Vertex b) { return graph[a]->name < graph[b]->name; });
  std::map<Vertex, std::vector<std::string>> providers;
  for (const catalog::CpuModel& model : catalog.models())
    if (model.arch == arch)
      for (Vertex vertex : classes.reached_by(model)) providers[vertex].push_back(model.id);

  constexpr std::size_t kColumns = 5, kModelColumns = 30;
  constexpr double kLeft = 30, kTop = 70, kBoxWidth = 200, kGapX = 50, kGapY = 30, kLine = 13;
  const auto box_height = [&](Vertex vertex) {
    return 44 + kLine * static_cast<double>(std::max<std::size_t>(wrapped(providers[vertex], kModelColumns).size(), 1));
  };
  std::map<Vertex, std::pair<double, double>> at;
  double band_top = kTop, band_bottom = kTop;
  std::size_t column = 0;
  for (const auto& [rank, vertices] : by_rank) {
    if (column == kColumns) {
      column = 0;
      band_top = band_bottom + kGapY;
    }
    double y = band_top;
    for (Vertex vertex : vertices) {
      at[vertex] = {kLeft + static_cast<double>(column) * (kBoxWidth + kGapX), y};
      y += box_height(vertex) + kGapY;
    }
    band_bottom = std::max(band_bottom, y - kGapY);
    ++column;
  }
  const std::string title = fmt::format("cpu-arch classes of {} hosts: an arrow C -> D when a guest started under C "
                                        "keeps working under D",
                                        catalog::arch_name(arch));
  const std::vector<std::string> absent = absent_models(catalog, arch);
  const double columns = static_cast<double>(std::min(by_rank.size(), kColumns));
  const double width = std::max(kLeft + columns * (kBoxWidth + kGapX), 2 * kLeft + Svg::text_width(title, 14, true));
  std::vector<std::string> absent_lines;  // wrapped at the picture's width
  for (const std::string& reason : absent) {
    std::vector<std::string> words;
    for (std::size_t at = 0; at < reason.size();) {
      const std::size_t end = std::min(reason.find(' ', at), reason.size());
      words.push_back(reason.substr(at, end - at));
      at = end + 1;
    }
    const auto fits = static_cast<std::size_t>((width - 2 * kLeft) / Svg::text_width("x", 11));
    absent_lines.emplace_back();
    for (const std::string& word : words) {
      if (!absent_lines.back().empty() && absent_lines.back().size() + 1 + word.size() > fits)
        absent_lines.emplace_back();
      absent_lines.back() += (absent_lines.back().empty() ? "" : " ") + word;
    }
  }
  Svg svg(width, band_bottom + 30 + 18 * static_cast<double>(absent_lines.size()),
          fmt::format("cpu-arch classes of {} hosts", catalog::arch_name(arch)));
  svg.text(kLeft, 24, title, "start", 14, "bold");
  svg.text(kLeft, 44, "each box lists the catalog models that provide the class", "start", 11);
  for (Vertex from : boost::make_iterator_range(boost::vertices(graph)))
    for (Vertex to : boost::make_iterator_range(boost::vertices(graph)))
      if (from != to && direct(graph, from, to)) {
        const auto [x1, y1] = at[from];
        const auto [x2, y2] = at[to];
        svg.line(x1 + kBoxWidth, y1 + 20, x2, y2 + 20, "#444", true);
      }
  for (const auto& [vertex, place] : at) {
    const catalog::MigrationClass& migration_class = *graph[vertex];
    const auto& models = providers[vertex];
    svg.rect(place.first, place.second, kBoxWidth, box_height(vertex), "#eaf2f8",
             fmt::format("{}: {}; provided by {}", migration_class.name, plural(migration_class.features.size(), "feature"),
                         models.empty() ? "no catalog model" : fmt::format("{}", fmt::join(models, ", "))));
    svg.text(place.first + kBoxWidth / 2, place.second + 18, migration_class.name, "middle", 12, "bold");
    svg.text(place.first + kBoxWidth / 2, place.second + 34,
             fmt::format("{}, {}", plural(migration_class.features.size(), "feature"), plural(models.size(), "model")),
             "middle", 10);
    const auto lines = models.empty() ? std::vector<std::string>{"(no catalog model)"} : wrapped(models, kModelColumns);
    for (std::size_t line = 0; line < lines.size(); ++line)
      svg.text(place.first + kBoxWidth / 2, place.second + 50 + kLine * static_cast<double>(line), lines[line],
               "middle", 10);
  }
  for (std::size_t line = 0; line < absent_lines.size(); ++line)
    svg.text(kLeft, band_bottom + 30 + 18 * static_cast<double>(line), absent_lines[line], "start", 11);
  return svg.finish();
}

}  // namespace kzsim::zones::pictures
