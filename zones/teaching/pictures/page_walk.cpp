#include <fmt/format.h>

#include "core/study/zone_paging.hpp"
#include "core/timing/paging.hpp"
#include "zones/teaching/pictures/pictures.hpp"
#include "zones/teaching/pictures/svg.hpp"

namespace kzsim::zones::pictures {

std::string page_walk_picture(const catalog::CpuModel& model, Bytes guest_page, Bytes backing_page) {
  const timing::Paging paging = study::nested_paging(model, guest_page, backing_page);
  const int guest = paging.guest_levels;
  const int host = paging.host_levels;
  const int references = timing::walk_references(guest, host);
  constexpr double kLeft = 190, kTop = 90, kCell = 46;
  Svg svg(kLeft + kCell * (host + 1) + 60, kTop + kCell * (guest + 1) + 70,
          fmt::format("Nested page walk on {}: {} references", model.id, references));
  svg.text(20, 24,
           fmt::format("{}: guest pages of {} backed by host pages of {}", model.id, format_size(guest_page),
                       format_size(backing_page)),
           "start", 14, "bold");
  svg.text(20, 44, fmt::format("{} guest levels x {} host levels: {} memory references per TLB miss", guest, host,
                               references),
           "start", 12);
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
  svg.text(20, kTop + kCell * (guest + 1) + 30,
           fmt::format("total: {} = ({} + 1) x ({} + 1) - 1 references (core/timing walk_references)", references,
                       guest, host),
           "start", 12, "bold");
  return svg.finish();
}

}  // namespace kzsim::zones::pictures
