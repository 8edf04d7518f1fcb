// kstat: the kernel statistics clients read from a host, cpu_info (one instance a virtual
// processor) and unix:0:system_pages, as Facter 4.3's Solaris resolvers read them
// (`kstat -m cpu_info`, `kstat -m unix -n system_pages`). Layout from illumos kstat.c
// ("module: %-30.30s  instance: %-6d", "name:   %-30.30s  class:    %-.30s", a statistic
// "\t%-30s  %s", a blank line after each instance; -p "module:instance:name:statistic\tvalue"),
// the statistics and their values' forms from real `kstat -m cpu_info` outputs (Facter's
// processor_resolver.cpp comment, py-cpuinfo's Solaris test data: brand, chip_id, clock_MHz,
// core_id, cpu_type, current_clock_Hz, implementation "x86 (chipid 0x0 GenuineIntel 306E4
// family 6 model 62 step 4 clock 2100 MHz)", state on-line, ...).
#include <fmt/format.h>

#include <algorithm>

#include "core/sim_clock.hpp"
#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/zone_memory.hpp"

namespace kzsim::zones {

namespace {

struct Kstat {
  std::string module;
  int instance = 0;
  std::string name;
  std::string kind;
  std::vector<std::pair<std::string, std::string>> statistics;  // sorted by name, as kstat prints them
};

std::string seconds(SimDuration since_boot) {
  return fmt::format("{:.9f}", std::chrono::duration<double>(since_boot).count());
}

std::vector<Kstat> cpu_info(const Host& host, SimDuration now) {
  const auto& model = *host.model;
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  const int sockets = std::max(1, model.topology.sockets);
  const int cores_per_socket = host.cores / sockets;
  const int clock = model.topology.clock_mhz;
  const std::string boot = std::to_string(SimClock::kEpochSeconds);
  std::vector<Kstat> found;
  for (int core = 0; core < host.cores; ++core) {
    const int chip = core / cores_per_socket;
    for (int thread = 0; thread < model.topology.threads_per_core; ++thread) {
      const int id = host.processor_id(core, thread);
      Kstat kstat{"cpu_info", id, fmt::format("cpu_info{}", id), "misc", {}};
      auto& s = kstat.statistics;
      if (sparc) {
        s = {{"brand", model.psrinfo_name},
             {"chip_id", std::to_string(chip)},
             {"clock_MHz", std::to_string(clock)},
             {"core_id", std::to_string(core)},
             {"cpu_type", "sparcv9"},
             {"crtime", seconds({})},
             {"current_clock_Hz", std::to_string(clock * 1000000LL)},
             {"device_ID", std::to_string(id)},
             {"fpu_type", "sparcv9"},
             {"implementation", fmt::format("{} (chipid {}, clock {} MHz)", model.psrinfo_name, chip, clock)},
             {"pg_id", std::to_string(core)},
             {"snaptime", seconds(now)},
             {"state", "on-line"},
             {"state_begin", boot}};
      } else {
        const catalog::X86Identity identity = model.x86.value_or(catalog::X86Identity{});
        s = {{"brand", identity.brand},
             {"chip_id", std::to_string(chip)},
             {"clock_MHz", std::to_string(clock)},
             {"core_id", std::to_string(core)},
             {"cpu_type", "i386"},
             {"crtime", seconds({})},
             {"current_clock_Hz", std::to_string(clock * 1000000LL)},
             {"family", std::to_string(identity.family)},
             {"fpu_type", "i387 compatible"},
             {"implementation", fmt::format("x86 (chipid 0x{:x} {} {:X} family {} model {} step {} clock {} MHz)", chip,
                                            identity.vendor, cpuid_signature(identity), identity.family,
                                            identity.model, identity.stepping, clock)},
             {"model", std::to_string(identity.model)},
             {"ncore_per_chip", std::to_string(cores_per_socket)},
             {"ncpu_per_chip", std::to_string(cores_per_socket * model.topology.threads_per_core)},
             {"pkg_core_id", std::to_string(core % cores_per_socket)},
             {"snaptime", seconds(now)},
             {"state", "on-line"},
             {"state_begin", boot},
             {"stepping", std::to_string(identity.stepping)},
             {"vendor_id", identity.vendor}};
      }
      found.push_back(std::move(kstat));
    }
  }
  std::sort(found.begin(), found.end(), [](const Kstat& a, const Kstat& b) { return a.instance < b.instance; });
  return found;
}

// Pages of the base page size: all of the host's memory, less what running kernel zones hold.
Kstat system_pages(const Host& host, SimDuration now) {
  const Bytes page = host.model->page_sizes.front();
  const HostMemory memory = rebuild_host_memory(host);
  Bytes held = 0;
  for (const auto& [name, zone] : host.zones) held += memory.zone_memory(name);
  const auto pages = [page](Bytes bytes) { return std::to_string(bytes / page); };
  const Bytes free = host.memory > held ? host.memory - held : 0;
  return {"unix", 0, "system_pages", "pages",
          {{"crtime", seconds({})}, {"freemem", pages(free)}, {"pagesfree", pages(free)},
           {"pagestotal", pages(host.memory)}, {"physmem", pages(host.memory)}, {"snaptime", seconds(now)}}};
}

constexpr std::string_view kUsage =
    "Usage:\nkstat [ -Cjlpq ] [ -T d|u ] [ -c class ]\n      [ -m module ] [ -i instance ] [ -n name ] [ -s statistic ]\n"
    "      [ interval [ count ] ]\nkstat [ -Cjlpq ] [ -T d|u ] [ -c class ]\n"
    "      [ module:instance:name:statistic ... ]\n      [ interval [ count ] ]";

int run_kstat(CommandContext& context) {
  auto options = parse_options(context.call, "p", "minsc", kUsage);
  if (!options) return 1;
  std::string selector[4];
  for (int i = 0; const char option : {'m', 'i', 'n', 's'}) {
    if (options->values.contains(option)) selector[i] = options->values[option];
    ++i;
  }
  if (!options->operands.empty()) {
    std::string rest = options->operands.front() + ":";
    for (auto& part : selector) {
      const auto colon = rest.find(':');
      if (colon == std::string::npos) break;
      if (part.empty()) part = rest.substr(0, colon);
      rest.erase(0, colon + 1);
    }
  }
  const SimDuration now = context.world.clock().now();
  std::vector<Kstat> all = cpu_info(context.host, now);
  all.push_back(system_pages(context.host, now));
  const auto matches = [](const std::string& want, const std::string& value) { return want.empty() || want == value; };
  std::string text;
  for (const Kstat& kstat : all) {
    if (!matches(selector[0], kstat.module) || !matches(selector[1], std::to_string(kstat.instance)) ||
        !matches(selector[2], kstat.name) || (options->values.contains('c') && options->values['c'] != kstat.kind))
      continue;
    std::string lines;
    for (const auto& [statistic, value] : kstat.statistics) {
      if (!matches(selector[3], statistic)) continue;
      lines += options->has('p') ? fmt::format("{}:{}:{}:{}\t{}\n", kstat.module, kstat.instance, kstat.name, statistic, value)
                                 : fmt::format("\t{:<30}  {}\n", statistic, value);
    }
    if (lines.empty()) continue;
    text += options->has('p') ? lines
                              : fmt::format("module: {:<30.30}  instance: {:<6}\nname:   {:<30.30}  class:    {:.30}\n{}\n",
                                            kstat.module, kstat.instance, kstat.name, kstat.kind, lines);
  }
  context.call.out(text);
  // kstat(8): exit status 1 when no statistics matched.
  return text.empty() ? 1 : 0;
}

const bool registered = register_command("kstat", run_kstat);

}  // namespace

}  // namespace kzsim::zones
