#pragma once
// The processes of a simulated Solaris system, as ps(1) sees them (zones/processes/
// processes.yaml): the global zone's own and, for each running zone, what it adds there by
// brand (a solaris-brand zone's processes live in the global zone's process space; a kernel
// zone shows only zsched and kzhost, its own processes being those of its own kernel,
// kernel_zone_processes). Derived from the world's state on each call: the model holds no
// state of its own.
#include <string>
#include <vector>

#include "core/units.hpp"

namespace kzsim::zones {

struct Host;
struct Zone;

struct Process {
  std::string zone;  // the zone it belongs to, as ps -Z prints it ("global", "zone1")
  int zone_id = 0;
  std::string user;
  int pid = 0;
  int ppid = 0;
  std::string args;  // the command line, as ps -o args prints it
};

// The processes the global zone of `host` sees: its own and its running zones'.
std::vector<Process> host_processes(const Host& host);

// The processes a running kernel zone's own kernel runs, as ps inside the zone sees them.
std::vector<Process> kernel_zone_processes(const Zone& zone);

// STIME as ps prints it for a process started when the world started: the time of day within a
// day of it, else the date ("Feb 01").
std::string process_start_time(SimDuration now);

}  // namespace kzsim::zones
