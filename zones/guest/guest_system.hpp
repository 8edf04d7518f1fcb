#pragma once
// The Oracle Solaris a kernel zone runs, as a Host of its own (zones/host.hpp): its files,
// services, processes and the solaris zones nested in it. The host commands that this Solaris
// has too (zonecfg, zoneadm, uname, virtinfo, help) run on it unchanged (shared_commands.cpp).
#include <string>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

// The zone's Solaris, made on first need from the zone's configuration and release as its first
// boot leaves it (guest_system.yaml); kept with the zone (Zone::guest) until it is uninstalled.
Host& guest_system(const Host& host, Zone& zone);

// One process of guest_system.yaml.
struct ProcessSpec {
  int pid = 0;
  int ppid = 0;
  std::string user;
  SimDuration started{0};  // after the zone's boot
  std::string time;        // cumulative CPU time as ps prints it
  std::string command;
  std::string service;     // the SMF instance that runs it; empty for none
};

// What a running solaris zone inside a kernel zone adds to its process table.
struct NestedProcessSpec {
  std::string name;      // names the process as a parent ("zsched") and draws its pid
  bool in_zone = false;  // runs in the nested zone (ps -Z shows its name), else in the kernel zone
  std::string parent;    // "1" (the kernel zone's init) or an earlier entry's name
  std::string user;
  SimDuration started{0};  // after the nested zone's boot
  std::string command;     // "{zone}" stands for the nested zone's name
};

struct GuestSystemSpec {
  std::vector<std::string> directories;
  std::vector<std::pair<std::string, std::string>> services;  // FMRI, description
  std::vector<ProcessSpec> processes;                          // by pid
  std::vector<NestedProcessSpec> nested;
};

const GuestSystemSpec& guest_system_spec();

}  // namespace kzsim::zones
