#include "core/study/calibration_references.hpp"

#include <fmt/format.h>

#include "core/catalog/yaml_table.hpp"

namespace kzsim::study {
namespace {

// A number, or [low, high].
std::pair<double, double> range(const catalog::TableNode& point, std::string_view key) {
  if (!point.has(key)) return {0, 0};
  const catalog::TableNode node = point[key];
  if (!node.is_sequence()) return {node.number(), node.number()};
  const auto items = node.items();
  if (items.size() != 2 || items[0].number() > items[1].number()) node.refuse("a number or [low, high]");
  return {items[0].number(), items[1].number()};
}

ReferencePoint read_point(const catalog::TableNode& node) {
  node.only_keys({"size", "cycles", "ns", "plateau", "gap"});
  ReferencePoint point;
  point.size = node["size"].size();
  std::tie(point.cycles_low, point.cycles_high) = range(node, "cycles");
  std::tie(point.ns_low, point.ns_high) = range(node, "ns");
  if (!node.has("cycles") && !node.has("ns")) node.refuse("cycles, ns or both");
  if (node.has("gap")) point.gap = node["gap"].text();
  if (node.has("plateau")) {
    point.plateau = node["plateau"].text();
    if (point.plateau != "L1" && point.plateau != "L2" && point.plateau != "L3" && point.plateau != "DRAM")
      node["plateau"].refuse("L1, L2, L3 or DRAM");
  }
  return point;
}

}  // namespace

std::vector<CalibrationReference> calibration_references(const std::map<std::string, std::string_view>& files) {
  std::vector<CalibrationReference> references;
  for (const auto& [name, text] : files) {
    const auto table = catalog::TableNode::parse(name, text);
    if (!table.has("calibration")) continue;
    for (const auto& entry : table["calibration"].items()) {
      entry.only_keys({"model", "page", "source", "points"});
      CalibrationReference reference{entry["model"].text(), entry["page"].size(), entry["source"].text(), {}};
      for (const auto& point : entry["points"].items()) reference.points.push_back(read_point(point));
      references.push_back(std::move(reference));
    }
  }
  return references;
}

double relative_error(double value, double low, double high) {
  if (value < low) return (low - value) / low;
  if (value > high) return (value - high) / high;
  return 0;
}

}  // namespace kzsim::study
