#pragma once
// ps over a process table (process_table.hpp): the one ps listing kzsim prints, inside a kernel
// zone (registered here as its ps) and for any other table a caller builds.
#include <vector>

#include "core/shell/command.hpp"
#include "core/units.hpp"
#include "zones/guest/process_table.hpp"

namespace kzsim::zones {

// Parses call.args as ps(1) (ps_options.hpp; --json, a kzsim extension, prints the rows keyed by
// the columns' names), prints the selected processes of `table` at simulated time `now` and
// returns the exit status (2 after a usage message).
int run_ps(shell::Invocation& call, const std::vector<Process>& table, SimDuration now);

}  // namespace kzsim::zones
