#include <fmt/format.h>

#include <algorithm>

#include "core/study/zone_paging.hpp"
#include "core/timing/paging.hpp"
#include "zones/teaching/pictures/pictures.hpp"
#include "zones/teaching/pictures/readable_units.hpp"
#include "zones/teaching/pictures/svg.hpp"

namespace kzsim::zones::pictures {

std::string page_walk_picture(const catalog::CpuModel& model, Bytes guest_page, Bytes backing_page) {
  const timing::Paging paging = study::nested_paging(model, guest_page, backing_page);
  const int guest = paging.guest_levels;
  const int host = paging.host_levels;
  const int references = timing::walk_references(guest, host);
  constexpr double kLeft = 190, kTop = 90, kCell = 80;
  const std::string title = fmt::format("{}: guest pages of {} backed by host pages of {}", model.id,
                                        readable_size(static_cast<double>(guest_page)),
                                        readable_size(static_cast<double>(backing_page)));
  const std::string subtitle = fmt::format("{} guest level{} x {} host level{}: {} memory references per TLB miss",
                                           guest, guest == 1 ? "" : "s", host, host == 1 ? "" : "s", references);
  const std::string total = fmt::format("total: {} = ({} + 1) x ({} + 1) - 1 references", references, guest, host);
  const double width = std::max({kLeft + kCell * (host + 1) + 30, 40 + Svg::text_width(title, 14, true),
                                  40 + Svg::text_width(subtitle, 12), 40 + Svg::text_width(total, 12, true)});
  Svg svg(width, kTop + kCell * (guest + 1) + 50, fmt::format("Nested page walk on {}: {} references", model.id, references));
  svg.text(20, 24, title, "start", 14, "bold");
  svg.text(20, 44, subtitle, "start", 12);
  for (int column = 0; column < host; ++column)
    svg.text(kLeft + kCell * (column + 0.5), kTop - 10, fmt::format("host L{}", column + 1), "middle", 11);
  svg.text(kLeft + kCell * (host + 0.5), kTop - 10, "guest entry", "middle", 11);
  int number = 0;
  for (int row = 0; row <= guest; ++row) {
    const bool final_address = row == guest;
    svg.text(kLeft - 10, kTop + kCell * (row + 0.6),
             final_address ? "guest physical address" : fmt::format("guest level {}", row + 1), "end", 11);
    for (int column = 0; column <= host; ++column) {
      const bool guest_entry = column == host;
      if (final_address && guest_entry) continue;  // the data itself, not a walk reference
      ++number;
      const std::string what = guest_entry ? fmt::format("reference {}: guest page-table level {}", number, row + 1)
                                           : fmt::format("reference {}: host level {} translating {}", number,
                                                         column + 1,
                                                         final_address ? "the final guest physical address"
                                                                       : fmt::format("guest level {}", row + 1));
      svg.rect(kLeft + kCell * column + 3, kTop + kCell * row + 3, kCell - 6, kCell - 6,
               guest_entry ? "#f5b041" : "#85c1e9", what);
      svg.text(kLeft + kCell * (column + 0.5), kTop + kCell * (row + 0.6), std::to_string(number), "middle", 12);
    }
  }
  svg.text(20, kTop + kCell * (guest + 1) + 30, total, "start", 12, "bold");
  return svg.finish();
}

}  // namespace kzsim::zones::pictures
