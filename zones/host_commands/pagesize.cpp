// pagesize: the base page size, or with -a every page size the MMU supports.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

int run_pagesize(CommandContext& context) {
  auto options = parse_options(context.call, "a", "", "usage: pagesize [-a]");
  if (!options) return 1;
  const auto& sizes = context.host.model->page_sizes;
  std::string text;
  for (Bytes size : sizes) {
    text += fmt::format("{}\n", size);
    if (!options->has('a')) break;
  }
  context.call.out(text);
  return 0;
}

const bool registered = register_command("pagesize", run_pagesize);

}  // namespace

}  // namespace kzsim::zones
