#pragma once
// ps(1) over a process list (zones/processes/process_table): -e/-A, -f, -Z, -z zonelist,
// -o format, and --json (kzsim) as rows keyed by the column names. The global zone's ps and a
// zone's ps (zlogin ZONE ps) both print through here.
#include <vector>

#include "core/shell/command.hpp"
#include "core/units.hpp"
#include "zones/processes/process_table.hpp"

namespace kzsim::zones {

int print_ps(shell::Invocation& call, const std::vector<Process>& processes, SimDuration now);

}  // namespace kzsim::zones
