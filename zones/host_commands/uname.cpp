// uname: SunOS identification. Release strings as real hosts print them (solaris-facts §7).
#include <fmt/format.h>

#include <array>
#include <map>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/host_commands/release_version.hpp"

namespace kzsim::zones {

namespace {

// SPARC 11.4 SRUs append the platform's virtualization; 11.4.19 does not and 11.4.36 does
// (FOUND); where it began in between is not known, so 11.4.36 is taken as the first.
constexpr int kFirstSruWithVirtualization = 36;

std::string virtualization_token(const Host& host) {
  const auto& parts = host.os.parts;
  const bool prints = host.arch() == catalog::Arch::Sparc && parts.size() >= 3 && parts[0] == 11 &&
                      parts[1] == 4 && parts[2] >= kFirstSruWithVirtualization;
  if (!prints) return {};
  // INFERRED: inside a kernel zone the token names it, as logical-domain names a guest domain.
  if (host.virtualization == Virtualization::KernelZone) return "kernel-zone";
  return host.virtualization == Virtualization::LdomGuest ? "logical-domain" : "non-virtualized";
}

int run_uname(CommandContext& context) {
  auto options = parse_options(context.call, "asnrvmpi", "", "usage: uname [-asnrvmpi]");
  if (!options) return 1;
  const Host& host = context.host;
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  const std::string machine = sparc ? "sun4v" : "i86pc";
  const std::array<std::pair<char, std::string>, 7> fields{{{'s', "SunOS"},
                                                            {'n', host.name},
                                                            {'r', "5.11"},
                                                            {'v', release_version(host.os)},
                                                            {'m', machine},
                                                            {'p', sparc ? "sparc" : "i386"},
                                                            {'i', machine}}};
  const bool all = options->has('a');
  std::string line;
  for (const auto& [flag, value] : fields)
    if (all || options->has(flag) || (flag == 's' && options->flags.empty()))
      line += (line.empty() ? "" : " ") + value;
  if (const std::string token = virtualization_token(host); all && !token.empty()) line += " " + token;
  context.call.out(line + "\n");
  return 0;
}

const bool registered = register_command("uname", run_uname);

}  // namespace

}  // namespace kzsim::zones
