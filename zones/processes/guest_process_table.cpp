// The process table of the Solaris inside a kernel zone (guest_system.yaml's processes and nested).
#include "zones/processes/process_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "zones/console/zone_console.hpp"
#include "zones/guest/guest_system.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

namespace {

// Solaris's default maxpid, 30000 (Oracle Solaris Tunable Parameters Reference Manual,
// "maxpid": default 30,000); the guide's pids 1520 and 5678 are below it.
constexpr int kMaxPid = 30000;

// A pid for a process started after boot, drawn from the system's seeded generator for
// `purpose`, above the pids of guest_system.yaml's boot-time processes.
int drawn_pid(const Host& system, std::string_view purpose) {
  constexpr int kFirst = 6000;
  return kFirst + static_cast<int>(system.rng.fork(fmt::format("pid/{}", purpose)).next() % (kMaxPid - kFirst));
}

// The process a service's restarter starts in place of `ended`, killed at `when`.
Process restarted(const Host& system, const Process& ended, SimDuration when) {
  Process again = ended;
  again.pid = drawn_pid(system, fmt::format("restart/{}/{}", ended.pid, when.count()));
  again.ppid = 1;
  again.started = when;
  again.time = "0:00";
  return again;
}

void add_system_processes(const Host& system, SimDuration booted, std::vector<Process>& table) {
  for (const ProcessSpec& spec : guest_system_spec().processes) {
    Process process{.pid = spec.pid,
                    .ppid = spec.ppid,
                    .user = spec.user,
                    .started = booted + spec.started,
                    .time = spec.time,
                    .args = spec.command};
    const Service* service = nullptr;
    if (!spec.service.empty())
      if (auto found = system.services.all().find(spec.service); found != system.services.all().end())
        service = &found->second;
    if (service && service->state != ServiceState::Online) continue;
    bool running = true;
    for (auto ended = system.ended_processes.find(process.pid); ended != system.ended_processes.end();
         ended = system.ended_processes.find(process.pid)) {
      if (!service) {
        running = false;
        break;
      }
      process = restarted(system, process, ended->second);
    }
    if (running) table.push_back(std::move(process));
  }
}

// A running solaris zone nested in the system: its zoneadmd and its zsched, init and restarter.
void add_nested_zone(const Host& system, const Zone& zone, std::vector<Process>& table) {
  const SimDuration booted = zone.console ? zone.console->booted_at : SimDuration{0};
  std::map<std::string, int> pids{{"1", 1}};
  for (const NestedProcessSpec& spec : guest_system_spec().nested) {
    const int pid = drawn_pid(system, fmt::format("{}/{}/{}", zone.name, zone.id, spec.name));
    pids[spec.name] = pid;
    if (system.ended_processes.contains(pid)) continue;
    std::string command = spec.command;
    if (const auto at = command.find("{zone}"); at != std::string::npos) command.replace(at, 6, zone.name);
    table.push_back({.pid = pid,
                     .ppid = pids.at(spec.parent),
                     .user = spec.user,
                     .zone = spec.in_zone ? zone.name : "global",
                     .zone_id = spec.in_zone ? zone.id : 0,
                     .started = booted + spec.started,
                     .args = std::move(command)});
  }
}

}  // namespace

std::vector<Process> guest_processes(const Host& system, SimDuration booted) {
  std::vector<Process> table;
  add_system_processes(system, booted, table);
  for (const auto& [name, zone] : system.zones)
    if (zone.state == ZoneState::Running) add_nested_zone(system, zone, table);
  std::ranges::sort(table, {}, &Process::pid);
  return table;
}

bool end_process(Host& system, SimDuration booted, int pid, SimDuration now) {
  const auto table = guest_processes(system, booted);
  if (std::ranges::find(table, pid, &Process::pid) == table.end()) return false;
  system.ended_processes[pid] = now;
  return true;
}

}  // namespace kzsim::zones
