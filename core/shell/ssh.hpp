#pragma once
// The ssh builtin: `ssh [-l user] [user@]host [CMD...]` runs CMD on another simulated host, or
// without CMD opens a session there ended by exit, when the scenario's ssh trust allows it.
#include "core/shell/command.hpp"
#include "core/shell/shell.hpp"

namespace kzsim::shell {

// As real ssh does, joins the words after the host with spaces and runs them as a command line
// in a new shell on that host, with this command's standard input and streams; without words,
// reads command lines from that input at the prompt "HOST$ " until exit or its end.
int run_ssh(Shell& shell, Invocation& call);

}  // namespace kzsim::shell
