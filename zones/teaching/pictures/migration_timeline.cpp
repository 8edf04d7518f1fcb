#include <fmt/format.h>

#include <algorithm>

#include "zones/teaching/pictures/pictures.hpp"
#include "zones/teaching/pictures/readable_units.hpp"
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
    bars.push_back({fmt::format("pre-copy round {}: {} sent in {}", copy.rounds(),
                                readable_size(static_cast<double>(round.sent)),
                                readable_duration(milliseconds(round.took))),
                    round.sent, milliseconds(round.took), false});
  }
  const bool converged = copy.converged();
  const std::string ending =
      converged ? fmt::format("stop-and-copy: {} sent, downtime {}", readable_size(static_cast<double>(copy.remaining())),
                              readable_duration(milliseconds(copy.downtime())))
                : fmt::format("no convergence after {} rounds: {} still dirty, the zone stays on the source",
                              kMaxPrecopyRounds, readable_size(static_cast<double>(copy.remaining())));
  if (converged) bars.push_back({ending, copy.remaining(), milliseconds(copy.downtime()), true});

  constexpr double kLeft = 80, kTop = 60, kPlotWidth = 640, kPlotHeight = 240;
  // The downtime is a sliver of the whole: its bar is drawn at least this wide and high, and named.
  constexpr double kDowntimeWidth = 10, kDowntimeHeight = 12;
  Svg svg(kLeft + kPlotWidth + 40, kTop + kPlotHeight + 90,
          fmt::format("Live migration of {}: pre-copy rounds and downtime", readable_size(static_cast<double>(memory))));
  svg.text(20, 24, fmt::format("live migration of {} at {}/s dirtied over {:.1f} Gbit/s",
                               readable_size(static_cast<double>(memory)), readable_size(dirty_bytes_per_second),
                               link.bytes_per_second * 8 / 1e9),
           "start", 14, "bold");
  svg.text(20, 42, ending, "start", 12);
  double total = 0;
  Bytes largest = 1;
  for (const Bar& bar : bars) {
    total += bar.milliseconds;
    largest = std::max(largest, bar.bytes);
  }
  const double scale_x = total > 0 ? (kPlotWidth - kDowntimeWidth) / total : 0;
  double x = kLeft;
  for (const Bar& bar : bars) {
    double height = kPlotHeight * static_cast<double>(bar.bytes) / static_cast<double>(largest);
    double width = std::max(bar.milliseconds * scale_x, 2.0);
    if (bar.downtime) {
      width = std::max(width, kDowntimeWidth);
      height = std::max(height, kDowntimeHeight);
      // Named above the plot's top right, with a leader down to the bar, clear of the rounds' bars.
      svg.text(kLeft + kPlotWidth + 20, kTop - 6, fmt::format("downtime {}", readable_duration(bar.milliseconds)),
               "end", 11, "bold");
      svg.line(x + width / 2, kTop - 2, x + width / 2, kTop + kPlotHeight - height, "#c0392b");
    }
    svg.rect(x, kTop + kPlotHeight - height, width, height, bar.downtime ? "#c0392b" : "#1f6fb2", bar.label);
    x += bar.downtime ? width : bar.milliseconds * scale_x;
  }
  svg.line(kLeft, kTop + kPlotHeight, kLeft + kPlotWidth, kTop + kPlotHeight, "#444", true);
  svg.line(kLeft, kTop + kPlotHeight, kLeft, kTop - 10, "#444", true);
  svg.text(kLeft + kPlotWidth, kTop + kPlotHeight + 20, readable_duration(total), "end", 11);
  svg.text(kLeft, kTop + kPlotHeight + 20, "0", "start", 11);
  svg.text(kLeft - 6, kTop + 4, readable_size(static_cast<double>(largest)), "end", 11);
  svg.text(kLeft - 6, kTop + kPlotHeight, "0", "end", 11);
  svg.rect(kLeft, kTop + kPlotHeight + 34, 12, 12, "#1f6fb2");
  svg.text(kLeft + 18, kTop + kPlotHeight + 44, "pre-copy round (the zone runs)", "start", 11);
  svg.rect(kLeft + 230, kTop + kPlotHeight + 34, 12, 12, "#c0392b");
  svg.text(kLeft + 248, kTop + kPlotHeight + 44, "stop-and-copy (the zone is paused: downtime)", "start", 11);
  svg.text(kLeft, kTop + kPlotHeight + 66, "bar height: bytes sent (the dirty set); bar width: time", "start", 11);
  return svg.finish();
}

}  // namespace kzsim::zones::pictures
