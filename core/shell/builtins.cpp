#include "core/shell/builtins.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/paths.hpp"
#include "core/shell/ssh.hpp"

namespace kzsim::shell {

namespace {

std::string join_from(const std::vector<std::string>& words, std::size_t first) {
  if (first >= words.size()) return {};
  return fmt::format("{}", fmt::join(words.begin() + first, words.end(), " "));
}

int echo(Shell&, Invocation& call) {
  bool newline = !(call.args.size() > 1 && call.args[1] == "-n");
  call.out(join_from(call.args, newline ? 1 : 2) + (newline ? "\n" : ""));
  return 0;
}

int cat(Shell& shell, Invocation& call) {
  if (call.args.size() == 1) {
    call.out(call.input.read_all());
    return 0;
  }
  for (std::size_t i = 1; i < call.args.size(); ++i) {
    if (call.args[i].starts_with('-') && call.args[i] != "-") {
      call.err(fmt::format("cat: {}: options are not supported; expected cat [FILE...]\n",
                           call.args[i]));
      return 2;
    }
  }
  const FileSystem* files = shell.environment().files(call.caller.host);
  int status = 0;
  for (std::size_t i = 1; i < call.args.size(); ++i) {
    const std::string& name = call.args[i];
    if (name == "-") {
      call.out(call.input.read_all());
      continue;
    }
    auto content = files ? files->read(resolve_path(call.caller.user, name)) : std::nullopt;
    if (content) {
      call.out(*content);
    } else {
      call.err(fmt::format("cat: {}: No such file or directory\n", name));
      status = 1;
    }
  }
  return status;
}

int succeed(Shell&, Invocation&) { return 0; }
int fail(Shell&, Invocation&) { return 1; }

Caller with_profiles(Caller caller) {
  caller.with_profiles = true;
  return caller;
}

// Runs args[first...] as a command with the caller's rights profiles.
int run_with_profiles(Shell& shell, Invocation& call, std::size_t first) {
  Invocation inner{with_profiles(call.caller),
                   {call.args.begin() + first, call.args.end()},
                   call.input,
                   call.streams};
  return shell.run_command(inner);
}

int pfexec(Shell& shell, Invocation& call) {
  if (call.args.size() == 1) {
    call.err("pfexec: expected a command to run: pfexec CMD [ARG...]\n");
    return 1;
  }
  return run_with_profiles(shell, call, 1);
}

// Solaris' profile shell. Without arguments it is an interactive shell that reads nothing here.
int pfbash(Shell& shell, Invocation& call) {
  if (call.args.size() == 1) return 0;
  const std::string& first = call.args[1];
  if (first == "-c") {
    if (call.args.size() == 2) {
      call.err("pfbash: -c: option requires an argument\n");
      return 2;
    }
    Shell child(shell.environment());
    return child.run(with_profiles(call.caller), call.args[2], call.input, call.streams);
  }
  if (first.starts_with('-')) {
    call.err(fmt::format("pfbash: {}: invalid option; expected pfbash [-c LINE | CMD [ARG...]]\n",
                         first));
    return 2;
  }
  return run_with_profiles(shell, call, 1);
}

using Builtin = int (*)(Shell&, Invocation&);

const std::map<std::string_view, Builtin>& builtins() {
  static const std::map<std::string_view, Builtin> table = {
      {"cat", cat},       {"echo", echo},   {"false", fail},   {"pfbash", pfbash},
      {"pfexec", pfexec}, {"ssh", run_ssh}, {"true", succeed},
  };
  return table;
}

}  // namespace

std::optional<int> run_builtin(Shell& shell, Invocation& call) {
  auto found = builtins().find(call.args[0]);
  if (found == builtins().end()) return std::nullopt;
  return found->second(shell, call);
}

std::vector<std::string_view> builtin_names() {
  std::vector<std::string_view> names;
  for (const auto& [name, builtin] : builtins()) names.push_back(name);
  return names;
}

}  // namespace kzsim::shell
