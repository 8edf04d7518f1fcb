#include "zones/advisor/class_graph.hpp"

#include <algorithm>

#include <boost/range/iterator_range.hpp>

namespace kzsim::zones {

namespace {

bool features_within(const catalog::MigrationClass& lower, const catalog::MigrationClass& upper) {
  return std::ranges::all_of(lower.features, [&](const std::string& feature) {
    return std::ranges::find(upper.features, feature) != upper.features.end();
  });
}

}  // namespace

ClassGraph::ClassGraph(const catalog::Catalog& catalog, catalog::Arch arch) {
  for (const catalog::MigrationClass& migration_class : catalog.classes())
    if (migration_class.arch == arch) boost::add_vertex(&migration_class, graph_);
  for (Vertex lower : boost::make_iterator_range(boost::vertices(graph_)))
    for (Vertex upper : boost::make_iterator_range(boost::vertices(graph_)))
      if (lower != upper && features_within(*graph_[lower], *graph_[upper])) boost::add_edge(lower, upper, graph_);
}

std::set<ClassGraph::Vertex> ClassGraph::reached_by(const catalog::CpuModel& model) const {
  std::set<Vertex> reached;
  for (Vertex vertex : boost::make_iterator_range(boost::vertices(graph_)))
    if (model.provides_class(graph_[vertex]->name)) reached.insert(vertex);
  return reached;
}

bool ClassGraph::strictly_below(Vertex lower, Vertex upper) const {
  return boost::edge(lower, upper, graph_).second && !boost::edge(upper, lower, graph_).second;
}

std::vector<const catalog::MigrationClass*> ClassGraph::maximal(const std::set<Vertex>& candidates) const {
  std::vector<const catalog::MigrationClass*> found;
  for (Vertex vertex : candidates) {
    const bool dominated = std::ranges::any_of(candidates, [&](Vertex other) { return strictly_below(vertex, other); });
    if (!dominated) found.push_back(graph_[vertex]);
  }
  std::ranges::sort(found, [](const catalog::MigrationClass* a, const catalog::MigrationClass* b) {
    return a->rank != b->rank ? a->rank > b->rank : a->name < b->name;
  });
  return found;
}

}  // namespace kzsim::zones
