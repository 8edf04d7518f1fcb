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
  // The console attached to, held while the session lasts: a halt (typed at another terminal)
  // ends the zone's console, whose last lines (zoneadmd's notice) still reach this session, and a
  // boot after it gives the zone a new console, which the session follows from its first line.
  std::shared_ptr<ZoneConsole> console = zone.console;
  std::size_t shown = 0;
  const auto catch_up = [&] {
    show(context.call, *console, shown);
    if (zone.console && zone.console != console) {
      console = zone.console;
      shown = 0;
      show(context.call, *console, shown);
    }
  };
  show(context.call, *console, shown);
  // The input shows the console's prompt and what is typed after it, as a terminal does; the
  // console keeps that line too, for a later zlogin -C. "~." is echoed like any typed line.
  // What another terminal did meanwhile (before the line was read) shows after it.
  while (auto line = context.call.input.read_line(console->prompt)) {
    catch_up();
    if (*line == "~.") break;
    if (console != zone.console) continue;  // the zone is down: nothing reads the line
    const bool answers_prompt = !console->prompt.empty();
    type_at_console(context.host, zone, *line);
    if (answers_prompt) ++shown;  // the prompt and answer are on screen already
    catch_up();
  }
  context.call.out(fmt::format("[Connection to zone '{}' console closed]\n", zone.name));
  return 0;
}

}  // namespace kzsim::zones
