#pragma once
// The process table of a Solaris system, as a model that ps and kill read: the processes of the
// Solaris inside a kernel zone (guest_system.yaml: its kernel and services, and the solaris zones
// nested in it). A host's table can be built from the same Process rows; ps (ps.cpp) prints any.
#include <string>
#include <vector>

#include "core/units.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

struct Process {
  int pid = 0;
  int ppid = 0;
  std::string user;
  std::string zone = "global";  // as ps -Z names it: a kernel zone's own processes are its "global"
  SimDuration started{0};       // on the simulated clock
  std::string time = "0:00";    // cumulative CPU time as ps prints it
  std::string tty = "?";
  std::string command;          // with its arguments
};

// The processes running now on `system`, the Solaris of a kernel zone that booted at `booted`,
// sorted by pid. A process kill ended is gone; when a service runs it and is online, its
// restarter has started it again (a new pid, started when it was killed).
std::vector<Process> guest_processes(const Host& system, SimDuration booted);

// kill: ends process `pid` at `now`; false when no such process runs.
bool end_process(Host& system, SimDuration booted, int pid, SimDuration now);

}  // namespace kzsim::zones
