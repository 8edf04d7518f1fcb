#include "core/shell/builtins.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <map>
#include <regex>
#include <set>
#include <sstream>
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

// grep [-c] [-i] [-q] [-v] PATTERN [FILE...]: lines matching a basic regular expression, as
// Solaris's /usr/bin/grep (grep(1): exit 0 when a line was selected, 1 when none, 2 on an error;
// "grep: can't open FILE").
int grep(Shell& shell, Invocation& call) {
  std::set<char> flags;
  std::size_t next = 1;
  for (; next < call.args.size() && call.args[next].size() > 1 && call.args[next].starts_with('-'); ++next) {
    if (call.args[next] == "--") {
      ++next;
      break;
    }
    for (char flag : std::string_view(call.args[next]).substr(1)) {
      if (std::string_view("ciqv").find(flag) == std::string_view::npos) {
        call.err(fmt::format("grep: illegal option -- {}\nUsage: grep [-c|-l|-q] [-bhinsvw] pattern [file ...]\n", flag));
        return 2;
      }
      flags.insert(flag);
    }
  }
  if (next == call.args.size()) {
    call.err("Usage: grep [-c|-l|-q] [-bhinsvw] pattern [file ...]\n");
    return 2;
  }
  std::regex pattern;
  try {
    pattern = std::regex(call.args[next], flags.contains('i') ? std::regex::basic | std::regex::icase : std::regex::basic);
  } catch (const std::regex_error&) {
    call.err(fmt::format("grep: RE error in {}\n", call.args[next]));
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> inputs;  // name, text
  const FileSystem* files = shell.environment().files(call.caller.host);
  int status = 1;
  bool errors = false;
  if (next + 1 == call.args.size()) inputs.emplace_back("", call.input.read_all());
  for (std::size_t i = next + 1; i < call.args.size(); ++i) {
    auto content = files ? files->read(resolve_path(call.caller.user, call.args[i])) : std::nullopt;
    if (content) {
      inputs.emplace_back(call.args[i], std::move(*content));
    } else {
      call.err(fmt::format("grep: can't open {}\n", call.args[i]));
      errors = true;
    }
  }
  for (const auto& [name, text] : inputs) {
    std::size_t count = 0;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      if (std::regex_search(line, pattern) == flags.contains('v')) continue;
      ++count;
      status = 0;
      if (flags.contains('c') || flags.contains('q')) continue;
      call.out(fmt::format("{}{}\n", inputs.size() > 1 ? name + ":" : "", line));
    }
    if (flags.contains('c') && !flags.contains('q')) call.out(fmt::format("{}{}\n", inputs.size() > 1 ? name + ":" : "", count));
  }
  return errors && status != 0 ? 2 : status;
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
      {"cat", cat},       {"echo", echo},   {"false", fail},   {"grep", grep},    {"pfbash", pfbash},
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
