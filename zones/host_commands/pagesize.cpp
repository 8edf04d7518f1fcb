// pagesize: the base page size, or with -a every page size the MMU supports; --json (kzsim) as
// rows {"pagesize": BYTES}.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

int run_pagesize(CommandContext& context) {
  const bool json = take_json_option(context.call.args);
  auto options = parse_options(context.call, "a", "", "usage: pagesize [-a]");
  if (!options) return 1;
  Listing rows;
  for (Bytes size : context.host.model->page_sizes) {
    rows.push_back({{"pagesize", size}});
    if (!options->has('a')) break;
  }
  print_listing(context.call, json, rows, [](const Listing& listed) {
    std::string text;
    for (const ListingRow& row : listed) text += cell_text(row["pagesize"]) + "\n";
    return text;
  });
  return 0;
}

const bool registered = register_command("pagesize", run_pagesize);

}  // namespace

}  // namespace kzsim::zones
