#pragma once
// The process table of a simulated Solaris system, the one model ps and kill read. A host's
// (processes.yaml): the global zone's own processes and, for each running zone, what it adds there
// by brand (a solaris-brand zone's processes live in the global zone's process space; a kernel
// zone shows only zsched and kzhost). The Solaris inside a kernel zone (guest_system.yaml): its
// kernel and services and the solaris zones nested in it. Derived from the world's state on each
// call; the only state is which pids kill ended (Host::ended_processes).
#include <string>
#include <vector>

#include "core/units.hpp"

namespace kzsim::zones {

struct Host;

struct Process {
  int pid = 0;
  int ppid = 0;
  std::string user;
  std::string zone = "global";  // as ps -Z names it: a kernel zone's own processes are its "global"
  int zone_id = 0;
  SimDuration started{0};       // on the simulated clock
  std::string time = "0:00";    // cumulative CPU time as ps prints it
  std::string tty = "?";
  std::string args;             // the command line, as ps -o args prints it
};

// The processes the global zone of `host` sees: its own and its running zones', in
// processes.yaml's order (a real `ps -efZ`'s).
std::vector<Process> host_processes(const Host& host);

// The processes running now on `system`, the Solaris of a kernel zone that booted at `booted`,
// by pid. A process kill ended is gone; when a service runs it and is online, its restarter has
// started it again (a new pid, started when it was killed).
std::vector<Process> guest_processes(const Host& system, SimDuration booted);

// kill: ends process `pid` of the kernel zone's Solaris `system` at `now`; false when no such
// process runs.
bool end_process(Host& system, SimDuration booted, int pid, SimDuration now);

}  // namespace kzsim::zones
