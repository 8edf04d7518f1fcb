#pragma once
// An interactive session: the prompt of `kzsim shell` and of `ssh HOST` without a command.
#include <functional>
#include <string_view>

#include "core/shell/command.hpp"
#include "core/shell/shell.hpp"

namespace kzsim::shell {

// "exit", alone on its line but for blanks.
bool is_exit(std::string_view line);

// Reads command lines at `prompt` and runs each as `caller` until end of input (Ctrl-D) or
// `exit`; `after_each` (when given) runs after every line. Ctrl-C (Interrupted, from the input
// or the streams) drops the line being typed or stops the command running, and the prompt comes
// back. Returns the status of the last line run.
int run_interactive(Shell& shell, const Caller& caller, std::string_view prompt, Input& input, Streams& streams,
                    const std::function<void()>& after_each = {});

}  // namespace kzsim::shell
