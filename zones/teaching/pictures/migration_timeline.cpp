#include <fmt/format.h>

#include <algorithm>

#include "zones/teaching/pictures/pictures.hpp"
#include "zones/teaching/pictures/svg.hpp"

namespace kzsim::zones::pictures {

namespace {

struct Bar {
  std::string label;
  Bytes bytes = 0;
  double milliseconds = 0;
  bool downtime = false;
};

double milliseconds(SimDuration duration) {
  return std::chrono::duration<double, std::milli>(duration).count();
}

}  // namespace

std::string migration_timeline_picture(Bytes memory, double dirty_bytes_per_second, const PrecopyLink& link) {
  Precopy copy(memory, dirty_bytes_per_second, link);
  std::vector<Bar> bars;
  while (!copy.converged() && copy.rounds() < kMaxPrecopyRounds) {
    const PrecopyRound round = copy.next_round();
    bars.push_back({fmt::format("pre-copy round {}: {} sent in {:.1f} ms", copy.rounds(), format_size(round.sent),
                                milliseconds(round.took)),
                    round.sent, milliseconds(round.took), false});
  }
  const bool converged = copy.converged();
  const std::string ending =
      converged ? fmt::format("stop-and-copy: {} sent, downtime {:.1f} ms", format_size(copy.remaining()),
                              milliseconds(copy.downtime()))
                : fmt::format("no convergence after {} rounds: {} still dirty, the zone stays on the source",
                              kMaxPrecopyRounds, format_size(copy.remaining()));
  if (converged) bars.push_back({ending, copy.remaining(), milliseconds(copy.downtime()), true});

  constexpr double kLeft = 60, kTop = 60, kPlotWidth = 640, kPlotHeight = 240;
  Svg svg(kLeft + kPlotWidth + 40, kTop + kPlotHeight + 90,
          fmt::format("Live migration of {}: pre-copy rounds and downtime", format_size(memory)));
  svg.text(kLeft, 24, fmt::format("live migration of {} at {} dirtied per second over {:.1f} Gbit/s",
                                  format_size(memory), format_size(static_cast<Bytes>(dirty_bytes_per_second)),
                                  link.bytes_per_second * 8 / 1e9),
           "start", 14, "bold");
  svg.text(kLeft, 42, ending, "start", 12);
  double total = 0;
  Bytes largest = 1;
  for (const Bar& bar : bars) {
    total += bar.milliseconds;
    largest = std::max(largest, bar.bytes);
  }
  const double scale_x = total > 0 ? kPlotWidth / total : 0;
  double x = kLeft;
  for (const Bar& bar : bars) {
    const double height = kPlotHeight * static_cast<double>(bar.bytes) / static_cast<double>(largest);
    const double width = std::max(bar.milliseconds * scale_x, 2.0);
    svg.rect(x, kTop + kPlotHeight - height, width, height, bar.downtime ? "#c0392b" : "#1f6fb2", bar.label);
    x += bar.milliseconds * scale_x;
  }
  svg.line(kLeft, kTop + kPlotHeight, kLeft + kPlotWidth, kTop + kPlotHeight, "#444", true);
  svg.line(kLeft, kTop + kPlotHeight, kLeft, kTop - 10, "#444", true);
  svg.text(kLeft + kPlotWidth, kTop + kPlotHeight + 20, fmt::format("{:.1f} ms", total), "end", 11);
  svg.text(kLeft, kTop + kPlotHeight + 20, "0 ms", "start", 11);
  svg.text(kLeft - 6, kTop, format_size(largest), "end", 11);
  svg.text(kLeft, kTop + kPlotHeight + 44, "bar height: bytes sent (the dirty set); width: time; red: downtime",
           "start", 11);
  return svg.finish();
}

}  // namespace kzsim::zones::pictures
