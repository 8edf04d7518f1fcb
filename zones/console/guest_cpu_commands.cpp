// Guest commands that answer from the zone's own guest: isainfo (what its CPU shows it),
// uptime (the simulated time since it booted) and kz-probe FEATURE, which runs one instruction
// that needs FEATURE in the guest kernel; the guest panics when its class lacks the feature.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>
#include <cctype>
#include <chrono>
#include <map>

#include "zones/console/zone_console.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

using Code = std::vector<std::uint8_t>;

// One instruction needing the feature, then a return.
const std::map<std::string, Code, std::less<>>& x86_probes() {
  static const std::map<std::string, Code, std::less<>> probes = {
      {"aes", {0x66, 0x0F, 0x38, 0xDC, 0xC1, 0xC3}},           // aesenc xmm0, xmm1; ret
      {"sse4.2", {0xF2, 0x48, 0x0F, 0x38, 0xF1, 0xC7, 0xC3}},  // crc32 rax, rdi; ret
  };
  return probes;
}

const std::map<std::string, Code, std::less<>>& sparc_probes() {
  static const std::map<std::string, Code, std::less<>> probes = {
      // popc %o1, %o0; retl; nop
      {"popc", {0x91, 0x70, 0x00, 0x09, 0x81, 0xc3, 0xe0, 0x08, 0x01, 0x00, 0x00, 0x00}},
  };
  return probes;
}

ZoneConsole* booted_guest(GuestCommandContext& guest) {
  ZoneConsole* console = guest.zone.console.get();
  if (console == nullptr || !console->guest) {
    guest.call.err(fmt::format("{}: the kernel of zone {} is not running; expected a zone booted past its boot menu\n",
                               guest.call.args[0], guest.zone.name));
    return nullptr;
  }
  return console;
}

int run_isainfo(GuestCommandContext& guest) {
  ZoneConsole* console = booted_guest(guest);
  if (console == nullptr) return 1;
  // isainfo in the zone is isainfo on a machine whose CPU has the zone's visible features.
  catalog::CpuModel guest_cpu = *guest.host.host.model;
  guest_cpu.isa = console->features;
  Host machine;
  machine.name = guest.zone.name;
  machine.model = &guest_cpu;
  CommandContext context{guest.host.world, machine, guest.call};
  return find_command("isainfo")(context);
}

// The time since boot as Solaris w(1) prints it: rounded to the nearest minute, days first, then
// h:mm, or hours or minutes alone.
std::string up_time(SimDuration since_boot) {
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(since_boot + std::chrono::seconds(30)).count();
  const long long days = minutes / (24 * 60), hours = minutes / 60 % 24, mins = minutes % 60;
  std::string text = days > 0 ? fmt::format(" {} day(s),", days) : "";
  if (hours > 0 && mins > 0) return text + fmt::format(" {:2}:{:02},", hours, mins);
  if (hours > 0) text += fmt::format(" {} hr(s),", hours);
  if (mins > 0) text += fmt::format(" {} min(s),", mins);
  return text;
}

int run_uptime(GuestCommandContext& guest) {
  const ZoneConsole* console = booted_guest(guest);
  if (console == nullptr) return 1;
  const SimClock& clock = guest.host.world.clock();
  // A command given to zlogin logs no one in; an interactive zlogin is one user.
  const int users = guest.host.call.args.back() == guest.zone.name ? 1 : 0;
  std::string time_of_day = clock.format("%l:%M%p");
  for (char& c : time_of_day) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // The guest runs nothing but what zlogin starts: its load averages stay at zero.
  guest.call.out(fmt::format(" {}  up{}  {} user{},  load average: 0.00, 0.00, 0.00\n", time_of_day,
                             up_time(clock.now() - console->booted_at), users, users == 1 ? "" : "s"));
  return 0;
}

int run_probe(GuestCommandContext& guest) {
  const auto& probes = guest.host.host.arch() == catalog::Arch::Sparc ? sparc_probes() : x86_probes();
  const auto found = guest.call.args.size() == 2 ? probes.find(guest.call.args[1]) : probes.end();
  if (found == probes.end()) {
    std::vector<std::string> names;
    for (const auto& [name, code] : probes) names.push_back(name);
    guest.call.err(fmt::format("kz-probe: expected kz-probe FEATURE with FEATURE one of {}\n", fmt::join(names, ", ")));
    return 2;
  }
  if (booted_guest(guest) == nullptr) return 1;
  if (run_in_guest(guest.host.host, guest.zone, found->second)) {
    guest.call.out(fmt::format("{}: executed\n", found->first));
    return 0;
  }
  guest.call.err(fmt::format("kz-probe: zone {} panicked; see zlogin -C {}\n", guest.zone.name, guest.zone.name));
  return 1;
}

const bool registered = register_guest_command("isainfo", run_isainfo) && register_guest_command("uptime", run_uptime) &&
                        register_guest_command("kz-probe", run_probe);

}  // namespace

}  // namespace kzsim::zones
