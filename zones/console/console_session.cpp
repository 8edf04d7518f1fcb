#include "zones/console/console_session.hpp"

#include <fmt/format.h>

#include "zones/console/zone_console.hpp"

namespace kzsim::zones {

namespace {

// Writes the lines the console has printed since `shown`.
void show(shell::Invocation& call, const ZoneConsole& console, std::size_t& shown) {
  for (; shown < console.lines.size(); ++shown) call.out(console.lines[shown] + "\n");
}

}  // namespace

int attach_console(CommandContext& context, Zone& zone) {
  if (!zone.console) {
    context.call.err(fmt::format("zlogin: zone '{}' has no console to connect to ({}); expected a booted zone\n",
                                 zone.name, state_name(zone.state)));
    return 1;
  }
  context.call.out(fmt::format("[Connected to zone '{}' console]\n", zone.name));
  std::size_t shown = 0;
  show(context.call, *zone.console, shown);
  // The input shows the console's prompt and what is typed after it, as a terminal does; the
  // console keeps that line too, for a later zlogin -C. "~." is echoed like any typed line.
  while (auto line = context.call.input.read_line(zone.console->prompt)) {
    if (*line == "~.") break;
    const bool answers_prompt = !zone.console->prompt.empty();
    type_at_console(context.host, zone, *line);
    if (answers_prompt) ++shown;  // the prompt and answer are on screen already
    show(context.call, *zone.console, shown);
  }
  context.call.out(fmt::format("[Connection to zone '{}' console closed]\n", zone.name));
  return 0;
}

}  // namespace kzsim::zones
