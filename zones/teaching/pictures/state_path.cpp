#include <fmt/format.h>

#include <algorithm>

#include "zones/teaching/pictures/pictures.hpp"
#include "zones/teaching/pictures/replay.hpp"
#include "zones/teaching/pictures/svg.hpp"

namespace kzsim::zones::pictures {

namespace {

// The rows of the picture, in the order a zone's life goes through them.
constexpr std::string_view kStates[] = {"absent",        "configured", "incomplete", "installed", "ready",
                                        "running",       "shutting_down", "down",    "unavailable"};

std::string state_of(const World& world, std::string_view host_name, std::string_view zone) {
  const Host* host = world.find_host(host_name);
  if (host == nullptr) return "absent";
  const auto found = host->zones.find(std::string(zone));
  return found == host->zones.end() ? "absent" : std::string(state_name(found->second.state));
}

}  // namespace

std::vector<StateVisit> zone_state_path(const scenario::Scenario& scenario, std::string_view host,
                                        std::string_view zone) {
  std::vector<StateVisit> path;
  replay(scenario, {}, [&](const World& world, const ReplayedStep& replayed) {
    const std::string on = host.empty() ? world.host_names().front() : std::string(host);
    path.push_back({replayed.step.number, replayed.command, state_of(world, on, zone)});
  });
  return path;
}

std::string state_path_picture(std::string_view zone, const std::vector<StateVisit>& path) {
  constexpr double kLeft = 120, kTop = 50, kRow = 34, kColumn = 44, kLegendLine = 15, kMinWidth = 640;
  const double chart_width = kLeft + kColumn * static_cast<double>(std::max<std::size_t>(path.size(), 1)) + 40;
  const double width = std::max(chart_width, kMinWidth);
  const double chart_bottom = kTop + kRow * std::size(kStates);
  const double legend_top = chart_bottom + 50;
  const double height = legend_top + kLegendLine * static_cast<double>(path.size()) + 10;
  Svg svg(width, height, fmt::format("Zone {}: its state after each step", zone));
  svg.text(20, 24, fmt::format("zone {}: state after each step", zone), "start", 14, "bold");
  const auto row_y = [&](std::string_view state) {
    const auto at = std::ranges::find(kStates, state) - std::begin(kStates);
    return kTop + kRow * static_cast<double>(at) + kRow / 2;
  };
  for (std::string_view state : kStates) {
    svg.text(kLeft - 10, row_y(state) + 4, state, "end");
    svg.line(kLeft, row_y(state), chart_width - 30, row_y(state), "#ddd");
  }
  // Each step's command, printed under the chart by its number (cut to the picture's width).
  const auto fits = static_cast<std::size_t>((width - 60) / Svg::text_width("x", 11));
  for (std::size_t at = 0; at < path.size(); ++at) {
    const double x = kLeft + kColumn * (static_cast<double>(at) + 0.5);
    if (at > 0) {
      const double previous = kLeft + kColumn * (static_cast<double>(at) - 0.5);
      svg.line(previous, row_y(path[at - 1].state), x, row_y(path[at].state), "#1f6fb2");
    }
    svg.circle(x, row_y(path[at].state), 6, "#1f6fb2",
               fmt::format("step {}: {} -> {}", path[at].step, path[at].command, path[at].state));
    svg.text(x, chart_bottom + 16, std::to_string(path[at].step), "middle", 10);
    std::string command = path[at].command;
    if (command.size() > fits) command = command.substr(0, fits - 3) + "...";
    svg.text(20, legend_top + kLegendLine * static_cast<double>(at), fmt::format("{}: {}", path[at].step, command),
             "start", 11);
  }
  svg.text(kLeft, chart_bottom + 34, "scenario step; its command below", "start", 10);
  return svg.finish();
}

}  // namespace kzsim::zones::pictures
