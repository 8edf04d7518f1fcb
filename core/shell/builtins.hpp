#pragma once
// Commands the shell runs itself rather than asking the Environment: echo, cat, grep, true,
// false, pfexec, pfbash and ssh.
#include <optional>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"
#include "core/shell/shell.hpp"

namespace kzsim::shell {

// The builtin's exit status, or nothing when call.args[0] names no builtin.
std::optional<int> run_builtin(Shell& shell, Invocation& call);

std::vector<std::string_view> builtin_names();  // sorted

}  // namespace kzsim::shell
