// date: the simulated wall-clock time, in date(1)'s default form ("Tue Oct  4 17:07:55 UTC
// 2016") or a +FORMAT of strftime conversions. Simulated hosts keep UTC.
#include <string>

#include "zones/commands.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

constexpr const char* kDefaultFormat = "%a %b %e %H:%M:%S UTC %Y";

int run_date(CommandContext& context) {
  std::string format = kDefaultFormat;
  for (std::size_t i = 1; i < context.call.args.size(); ++i) {
    const std::string& arg = context.call.args[i];
    if (arg == "-u") continue;
    if (arg.size() > 1 && arg[0] == '+') {
      format = arg.substr(1);
      continue;
    }
    context.call.err("date: bad conversion or option '" + arg +
                     "'\nusage: date [-u] [+format]\n");
    return 1;
  }
  context.call.out(context.world.clock().format(format.c_str()) + "\n");
  return 0;
}

const bool registered = register_command("date", run_date);

}  // namespace

}  // namespace kzsim::zones
