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
  constexpr double kLeft = 120, kTop = 50, kRow = 34, kColumn = 44;
  const double width = kLeft + kColumn * static_cast<double>(std::max<std::size_t>(path.size(), 1)) + 40;
  const double height = kTop + kRow * std::size(kStates) + 50;
  Svg svg(width, height, fmt::format("Zone {}: its state after each step", zone));
  svg.text(kLeft, 24, fmt::format("zone {}: state after each step", zone), "start", 14, "bold");
  const auto row_y = [&](std::string_view state) {
    const auto at = std::ranges::find(kStates, state) - std::begin(kStates);
    return kTop + kRow * static_cast<double>(at) + kRow / 2;
  };
  for (std::string_view state : kStates) {
    svg.text(kLeft - 10, row_y(state) + 4, state, "end");
    svg.line(kLeft, row_y(state), width - 30, row_y(state), "#ddd");
  }
  for (std::size_t at = 0; at < path.size(); ++at) {
    const double x = kLeft + kColumn * (static_cast<double>(at) + 0.5);
    if (at > 0) {
      const double previous = kLeft + kColumn * (static_cast<double>(at) - 0.5);
      svg.line(previous, row_y(path[at - 1].state), x, row_y(path[at].state), "#1f6fb2");
    }
    svg.circle(x, row_y(path[at].state), 6, "#1f6fb2",
               fmt::format("step {}: {} -> {}", path[at].step, path[at].command, path[at].state));
    svg.text(x, height - 24, std::to_string(path[at].step), "middle", 10);
  }
  svg.text(kLeft, height - 8, "scenario step (hover a point for its command)", "start", 10);
  return svg.finish();
}

}  // namespace kzsim::zones::pictures
