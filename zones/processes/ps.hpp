#pragma once
// ps(1) over a process table (process_table.hpp), the one ps listing kzsim prints: the global
// zone's ps (host_processes) and the ps inside a kernel zone (guest_processes) are registered here.
#include <vector>

#include "core/shell/command.hpp"
#include "core/units.hpp"
#include "zones/processes/process_table.hpp"

namespace kzsim::zones {

// Parses call.args as ps(1) (ps_options.hpp; --json, a kzsim extension, prints the rows keyed by
// the -o field names, or the standard listing's headers in lower case), prints the selected
// processes of `table` at simulated time `now` and returns the exit status (1 after a usage
// message, as illumos ps.c's usage() exits).
int run_ps(shell::Invocation& call, const std::vector<Process>& table, SimDuration now);

}  // namespace kzsim::zones
