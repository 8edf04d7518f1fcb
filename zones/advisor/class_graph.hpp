#pragma once
// The compatibility relation between the cpu-arch classes of one architecture, as a directed
// graph: an edge C -> D when every guest-visible feature of C is also a feature of D, so a
// guest started under C keeps working under D.
#include <set>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/catalog/catalog.hpp"

namespace kzsim::zones {

class ClassGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, const catalog::MigrationClass*>;
  using Vertex = Graph::vertex_descriptor;

  ClassGraph(const catalog::Catalog& catalog, catalog::Arch arch);

  // The classes `model` can provide (its cpu-arch values).
  std::set<Vertex> reached_by(const catalog::CpuModel& model) const;

  // The maximal classes of `candidates` (no edge to a candidate with strictly more features),
  // highest rank first; ties of rank by name.
  std::vector<const catalog::MigrationClass*> maximal(const std::set<Vertex>& candidates) const;

  const Graph& graph() const { return graph_; }

 private:
  bool strictly_below(Vertex lower, Vertex upper) const;

  Graph graph_;
};

}  // namespace kzsim::zones
