#include <fmt/format.h>

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

}  // namespace

std::string class_graph_picture(const catalog::Catalog& catalog, catalog::Arch arch) {
  const ClassGraph classes(catalog, arch);
  const ClassGraph::Graph& graph = classes.graph();
  // Columns by rank, rows by name within a rank.
  std::map<int, std::vector<Vertex>> by_rank;
  for (Vertex vertex : boost::make_iterator_range(boost::vertices(graph))) by_rank[graph[vertex]->rank].push_back(vertex);
  std::size_t rows = 1;
  for (auto& [rank, vertices] : by_rank) {
    std::ranges::sort(vertices, [&](Vertex a, Vertex b) { return graph[a]->name < graph[b]->name; });
    rows = std::max(rows, vertices.size());
  }
  std::map<Vertex, std::vector<std::string>> providers;
  for (const catalog::CpuModel& model : catalog.models())
    if (model.arch == arch)
      for (Vertex vertex : classes.reached_by(model)) providers[vertex].push_back(model.id);

  constexpr double kLeft = 30, kTop = 70, kBoxWidth = 170, kBoxHeight = 56, kGapX = 70, kGapY = 40;
  std::map<Vertex, std::pair<double, double>> at;
  double column = 0;
  for (const auto& [rank, vertices] : by_rank) {
    for (std::size_t row = 0; row < vertices.size(); ++row)
      at[vertices[row]] = {kLeft + column * (kBoxWidth + kGapX), kTop + static_cast<double>(row) * (kBoxHeight + kGapY)};
    ++column;
  }
  Svg svg(kLeft + column * (kBoxWidth + kGapX), kTop + static_cast<double>(rows) * (kBoxHeight + kGapY) + 30,
          fmt::format("cpu-arch classes of {} hosts", catalog::arch_name(arch)));
  svg.text(kLeft, 24, fmt::format("cpu-arch classes of {} hosts: an arrow C -> D when a guest started under C keeps "
                                  "working under D",
                                  catalog::arch_name(arch)),
           "start", 14, "bold");
  svg.text(kLeft, 44, "each box lists the catalog models that provide the class", "start", 11);
  for (Vertex from : boost::make_iterator_range(boost::vertices(graph)))
    for (Vertex to : boost::make_iterator_range(boost::vertices(graph)))
      if (from != to && direct(graph, from, to)) {
        const auto [x1, y1] = at[from];
        const auto [x2, y2] = at[to];
        svg.line(x1 + kBoxWidth, y1 + kBoxHeight / 2, x2, y2 + kBoxHeight / 2, "#444", true);
      }
  for (const auto& [vertex, place] : at) {
    const catalog::MigrationClass& migration_class = *graph[vertex];
    std::string models;
    for (const std::string& id : providers[vertex]) models += (models.empty() ? "" : ", ") + id;
    svg.rect(place.first, place.second, kBoxWidth, kBoxHeight, "#eaf2f8",
             fmt::format("{}: {} features; provided by {}", migration_class.name, migration_class.features.size(),
                         models.empty() ? "no catalog model" : models));
    svg.text(place.first + kBoxWidth / 2, place.second + 22, migration_class.name, "middle", 12, "bold");
    svg.text(place.first + kBoxWidth / 2, place.second + 40,
             fmt::format("{} features, {} models", migration_class.features.size(), providers[vertex].size()), "middle",
             10);
  }
  return svg.finish();
}

}  // namespace kzsim::zones::pictures
