// "kzsim explain host HOST" inside a simulated world: why a host can or cannot run kernel zones;
// "kzsim advise ..." is the advisor's (zones/advisor), "kzsim tamper ..." verified boot's.
#include <fmt/format.h>

#include "zones/advisor/advise_command.hpp"
#include "zones/commands.hpp"
#include "zones/host_commands/explain_host.hpp"
#include "zones/verified_boot/tamper_command.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

int run_kzsim(CommandContext& context) {
  auto& call = context.call;
  // kzsim advise --help, kzsim explain --help, ...: the page of kzsim, which has their synopses.
  if (call.args.size() == 3 && call.args[2] == "--help")
    if (auto page = help_page({call.args[0], call.args[2]})) {
      call.out(*page);
      return 0;
    }
  if (call.args.size() >= 2 && call.args[1] == "advise") return run_advise(context);
  if (call.args.size() >= 2 && call.args[1] == "tamper") return run_tamper(context);
  if (call.args.size() != 4 || call.args[1] != "explain" || call.args[2] != "host") {
    call.err("kzsim: expected 'kzsim explain host HOST', 'kzsim advise HOST... [--zone ZONE]' or 'kzsim tamper ZONE "
             "...'\n");
    return 2;
  }
  const Host* host = context.world.find_host(call.args[3]);
  if (host == nullptr) {
    std::string known;
    for (const auto& name : context.world.host_names()) known += (known.empty() ? "" : ", ") + name;
    call.err(fmt::format("kzsim explain: unknown host '{}'; expected one of {}\n", call.args[3], known));
    return 2;
  }
  call.out(explain_host(*host));
  return 0;
}

const bool registered = register_command("kzsim", run_kzsim);

}  // namespace

}  // namespace kzsim::zones
