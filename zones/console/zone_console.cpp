#include "zones/console/zone_console.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>

#include "core/exec/guest_kernel.hpp"
#include "machine/sparc/sparc_guest.hpp"
#include "machine/x86/x86_guest.hpp"
#include "zones/console/console_text.hpp"
#include "zones/console/visible_features.hpp"

namespace kzsim::zones {

namespace {

// What the guest kernel does at boot: a checksum over a small buffer, so that a boot costs
// little; the budget bounds a runaway guest (it is a few times what the checksum needs).
const exec::WorkloadRun kBootWorkload{exec::Workload::Checksum, 64 * KiB, 1};
constexpr std::uint64_t kGuestBudget = 5'000'000;
// Code run_in_guest is given goes above the RAM of the largest workload, in a part only it uses.
const std::uint64_t kProbeAddress = exec::kernel_ram_bytes({exec::Workload::Checksum, kMaxWorkloadBuffer, 1});
constexpr Bytes kProbeBytes = 64 * KiB;

const ZoneConfig& running_config(const Zone& zone) { return zone.live ? *zone.live : zone.config; }

std::span<const std::uint8_t> kernel_of(const ZoneConsole& console) {
  return {reinterpret_cast<const std::uint8_t*>(console.kernel.data()), console.kernel.size()};
}

// Runs the guest up to `budget` further. What kzsim's guest kernel writes (its boot, cpu features,
// workload and result lines) goes to the host's guest_kernel_log file: a Solaris console shows
// none of it (issue #15). A panic is Solaris's and goes to the console.
exec::RunResult run_guest(Host& host, ZoneConsole& console, Zone& zone, std::uint64_t budget = kGuestBudget) {
  const std::size_t before = console.guest->console().size();
  const exec::RunResult result = console.guest->run(budget);
  const auto& written = console.guest->console();
  for (auto line = written.begin() + static_cast<std::ptrdiff_t>(before); line != written.end(); ++line)
    host.files.append(guest_kernel_log(zone.name), *line + "\n");
  if (result.reason != exec::StopReason::Panicked) return result;
  console.lines.push_back(fmt::format("panic[cpu0]: {}", result.panic_message));
  zone.aux.insert(AuxState::Panicked);
  return result;
}

void start_guest_kernel(Host& host, Zone& zone, ZoneConsole& console) {
  append(console.lines, console.module_report);
  append(console.lines, solaris_banner(host, zone));
  console.guest = make_zone_guest(host, console.features);
  exec::start_kernel(*console.guest, kernel_of(console), kBootWorkload);
  host.files.write(guest_kernel_log(zone.name), "");  // the log of this boot
  run_guest(host, console, zone);
}

// The kernel starts, unless kmdb was asked to stop it first (boot -kd): the zone is then in the
// debugger, `debugging`, until `:c` is typed at its console.
void boot_kernel(Host& host, Zone& zone, ZoneConsole& console) {
  if (console.kmdb != Kmdb::NotLoaded) console.lines.push_back(kKmdbLoading);
  if (console.kmdb != Kmdb::BreakAtBoot) return start_guest_kernel(host, zone, console);
  append(console.lines, kmdb_welcome_lines());
  console.prompt = kKmdbPrompt;
  console.waiting = ConsoleWait::Kmdb;
  zone.aux.insert(AuxState::Debugging);
}

void answer_kmdb(Host& host, Zone& zone, ZoneConsole& console, std::string_view line) {
  if (line != ":c") {
    console.lines.push_back(fmt::format("'{}' is not simulated in kmdb; expected :c to continue the boot", line));
    console.prompt = kKmdbPrompt;
    return;
  }
  console.waiting = ConsoleWait::Nothing;
  console.kmdb = Kmdb::Loaded;
  zone.aux.erase(AuxState::Debugging);
  start_guest_kernel(host, zone, console);
}

void show_menu(const Host& host, ZoneConsole& console) {
  append(console.lines, menu_lines(host, console));
  console.prompt = menu_prompt(host, console);
  console.waiting = ConsoleWait::BootMenu;
}

void answer_menu(Host& host, Zone& zone, ZoneConsole& console, std::string_view line) {
  std::size_t choice = 0;
  const auto parsed = std::from_chars(line.data(), line.data() + line.size(), choice);
  if (parsed.ec != std::errc{} || parsed.ptr != line.data() + line.size() || choice < 1 ||
      choice > console.environments.size()) {
    console.lines.push_back(fmt::format("'{}' is not an environment; expected a number from 1 to {}", line,
                                        console.environments.size()));
    console.prompt = menu_prompt(host, console);
    return;
  }
  const BootEnvironment& chosen = console.environments[choice - 1];
  console.waiting = ConsoleWait::Nothing;
  if (host.arch() == catalog::Arch::Sparc) {
    append(console.lines, {"", "To boot the selected entry, invoke:", fmt::format("boot [<root-device>] -Z {}", chosen.dataset),
                           "", "Program terminated"});
    console.chosen_dataset = chosen.dataset;
    console.prompt = "ok ";
    console.waiting = ConsoleWait::OkPrompt;
    return;
  }
  append(console.lines, x86_loader_lines({}));
  boot_kernel(host, zone, console);
}

void answer_ok_prompt(Host& host, Zone& zone, ZoneConsole& console, std::string_view line) {
  const std::string expected = fmt::format("boot -Z {}", console.chosen_dataset);
  if (line != expected && line != "boot") {
    console.lines.push_back(fmt::format("'{}' is not a boot command; expected boot or {}", line, expected));
    console.prompt = "ok ";
    return;
  }
  console.waiting = ConsoleWait::Nothing;
  console.lines.insert(console.lines.end(), {"", "[NOTICE: Zone rebooting]"});
  append(console.lines, openboot_banner(host, zone));
  console.lines.push_back("");
  boot_kernel(host, zone, console);
}

}  // namespace

std::string guest_kernel_log(std::string_view zone) { return fmt::format("/var/log/zones/{}.kzsim-guest", zone); }

std::unique_ptr<exec::Guest> make_zone_guest(const Host& host, const std::vector<std::string>& features) {
  const Bytes ram = kProbeAddress + kProbeBytes;
  return host.arch() == catalog::Arch::Sparc ? sparc::make_guest(*host.model, features, ram)
                                             : x86::make_guest(*host.model, features, ram);
}

exec::RunResult run_zone_guest(Host& host, Zone& zone, std::uint64_t budget) { return run_guest(host, *zone.console, zone, budget); }

std::optional<BootRequest> parse_boot_request(const std::vector<std::string>& args, std::string& error) {
  BootRequest request;
  bool load_kmdb = false, enter_kmdb = false;
  std::size_t at = 1;
  if (at < args.size() && args[at] == "--") ++at;
  for (; at < args.size(); ++at) {
    const std::string& arg = args[at];
    request.args.push_back(arg);
    if (arg.size() > 1 && arg[0] == '-' && arg.find_first_not_of("kd", 1) == std::string::npos) {
      load_kmdb = load_kmdb || arg.find('k') != std::string::npos;
      enter_kmdb = enter_kmdb || arg.find('d') != std::string::npos;
    } else if (arg == "-L" || arg == "-l") {
      request.list_environments = true;
    } else if (arg == "-R") {
      request.without_resume = true;
    } else if (arg == "-Z" && at + 1 < args.size()) {
      request.environment = args[++at];
      request.args.push_back(request.environment);
    } else {
      error = fmt::format("boot argument '{}' is not known; expected -L, -l, -R, -k, -kd or -Z BOOT-ENVIRONMENT after --",
                          arg);
      return std::nullopt;
    }
  }
  if (enter_kmdb && !load_kmdb) {
    error = "boot argument -d stops the boot in kmdb, which only -k loads; expected -kd";
    return std::nullopt;
  }
  request.kmdb = enter_kmdb ? Kmdb::BreakAtBoot : load_kmdb ? Kmdb::Loaded : Kmdb::NotLoaded;
  return request;
}

std::shared_ptr<ZoneConsole> boot_console(Host& host, Zone& zone, const BootRequest& request,
                                          const firmware::BootVerdict& verdict, SimDuration now, std::string& error) {
  auto environments = boot_environments(host, zone, error);
  if (!environments) return nullptr;
  auto console = std::make_shared<ZoneConsole>();
  console->module_report = verdict.console;
  console->kernel = verdict.kernel;
  console->environments = std::move(*environments);
  console->features = visible_features(host, running_config(zone));
  console->booted_at = now;
  console->kmdb = request.kmdb;
  if (!request.environment.empty()) {
    const auto named = std::ranges::find_if(console->environments, [&](const BootEnvironment& environment) {
      return environment.dataset == request.environment || environment.title == request.environment;
    });
    if (named == console->environments.end()) {
      error = fmt::format("boot environment '{}' not found; expected one of {}", request.environment,
                          environment_names(*console));
      return nullptr;
    }
  }
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  if (sparc) {
    append(console->lines, openboot_banner(host, zone));
    console->lines.push_back("");
    console->lines.push_back(fmt::format("Boot device: disk0  File and args: {}", fmt::join(request.args, " ")));
  }
  if (request.list_environments) {
    show_menu(host, *console);
    return console;
  }
  if (!sparc) append(console->lines, x86_loader_lines(request.args));
  boot_kernel(host, zone, *console);
  return console;
}

void type_at_console(Host& host, Zone& zone, std::string_view line) {
  ZoneConsole& console = *zone.console;
  if (!console.prompt.empty()) {
    console.lines.push_back(console.prompt + std::string(line));
    console.prompt.clear();
  }
  switch (console.waiting) {
    case ConsoleWait::BootMenu: return answer_menu(host, zone, console, line);
    case ConsoleWait::OkPrompt: return answer_ok_prompt(host, zone, console, line);
    case ConsoleWait::Kmdb: return answer_kmdb(host, zone, console, line);
    case ConsoleWait::Nothing: return;
  }
}

void console_notice(Zone& zone, std::string_view event) {
  if (zone.console) zone.console->lines.push_back(fmt::format("[NOTICE: Zone {}]", event));
}

void resume_guest_kernel(const Host& host, ZoneConsole& console) {
  console.guest = make_zone_guest(host, console.features);
  exec::start_kernel(*console.guest, kernel_of(console), kBootWorkload);
  console.guest->run(kGuestBudget);
}

bool run_in_guest(Host& host, Zone& zone, std::span<const std::uint8_t> code) {
  ZoneConsole& console = *zone.console;
  // A workload running in the guest is switched out for the code, and back in afterwards.
  std::optional<exec::Snapshot> workload;
  if (!console.guest->exited()) workload = console.guest->save_without_memory();
  console.guest->load(kProbeAddress, code);
  console.guest->call(kProbeAddress, {}, kProbeAddress + kProbeBytes);
  if (run_guest(host, console, zone).reason == exec::StopReason::Panicked) return false;
  if (workload) console.guest->restore_without_memory(*workload);
  return true;
}

}  // namespace kzsim::zones
