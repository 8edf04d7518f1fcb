// The shell commands an automation client needs inside a kernel zone, over the files of the
// zone's Solaris: sh, mkdir, rm, ls, test and [, printf, hostname, exit and logout (echo, cat
// and grep are the shell's own, core/shell/builtins). Relative paths start at root's home, /root.
// Messages: mkdir's and rm's as Solaris's mkdir.c and rm.c print them (Solaris 8 sources,
// Arquivotheca/Solaris-8 osnet_volume/usr/src/cmd/{mkdir,rm}); ls and rm name a missing file as
// perror does ("FILE: No such file or directory").
#include <fmt/format.h>

#include <charconv>

#include "core/shell/paths.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/guest/guest_shell.hpp"
#include "zones/guest/guest_system.hpp"
#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

shell::MemoryFileSystem& files_of(GuestCommandContext& guest) { return guest_system(guest.host.host, guest.zone).files; }

std::string path_of(const GuestCommandContext& guest, std::string_view typed) {
  return shell::resolve_path(guest.call.caller.user, typed);
}

std::string parent_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == 0 ? "/" : path.substr(0, slash);
}

// sh -c LINE | sh FILE | sh (lines from standard input): root's shell in the zone.
int run_sh(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  GuestSession session(guest.host, guest.zone);
  if (args.size() >= 2 && args[1] == "-c") {
    if (args.size() == 2) {
      guest.call.err("sh: -c: option requires an argument\n");
      return 2;
    }
    return session.run(args[2], guest.call.input, guest.call.streams);
  }
  if (args.size() >= 2 && args[1].starts_with('-')) {
    guest.call.err(fmt::format("sh: {}: unknown option; expected sh [-c command | file]\n", args[1]));
    return 2;
  }
  std::string script;
  if (args.size() >= 2) {
    auto content = files_of(guest).read(path_of(guest, args[1]));
    if (!content) {
      guest.call.err(fmt::format("sh: {}: cannot open [No such file or directory]\n", args[1]));
      return 127;
    }
    script = std::move(*content);
  } else {
    script = guest.call.input.read_all();
  }
  return session.run(script, guest.call.input, guest.call.streams);
}

int run_mkdir(GuestCommandContext& guest) {
  auto options = parse_options(guest.call, "p", "m", "mkdir: usage: mkdir [-m mode] [-p] dirname ...");
  if (!options) return 2;
  if (options->operands.empty()) {
    guest.call.err("mkdir: usage: mkdir [-m mode] [-p] dirname ...\n");
    return 2;
  }
  auto& files = files_of(guest);
  int status = 0;
  for (const std::string& typed : options->operands) {
    const std::string path = path_of(guest, typed);
    const auto refuse = [&](std::string_view why) {
      guest.call.err(fmt::format("mkdir: Failed to make directory \"{}\"; {}\n", typed, why));
      status = 2;
    };
    if (files.exists(path) && options->has('p')) {
      guest.call.err(fmt::format("mkdir: \"{}\": Exists but is not a directory\n", typed));
      status = 2;
    } else if (files.is_directory(path) || files.exists(path)) {
      if (!options->has('p')) refuse("File exists");
    } else if (!options->has('p') && !files.is_directory(parent_of(path))) {
      refuse("No such file or directory");
    } else if (!files.make_directory(path)) {
      refuse("Not a directory");
    }
  }
  return status;
}

int run_rm(GuestCommandContext& guest) {
  auto options = parse_options(guest.call, "fiRr", "", "usage: rm [-fiRr] file ...");
  if (!options) return 2;
  if (options->operands.empty() && !options->has('f')) {
    guest.call.err("usage: rm [-fiRr] file ...\n");
    return 2;
  }
  auto& files = files_of(guest);
  int status = 0;
  for (const std::string& typed : options->operands) {
    const std::string path = path_of(guest, typed);
    if (files.exists(path)) {
      files.remove(path);
    } else if (files.is_directory(path)) {
      if (options->has('r') || options->has('R')) {
        files.remove_tree(path);
      } else {
        guest.call.err(fmt::format("rm: {} is a directory\n", typed));
        status = 2;
      }
    } else if (!options->has('f')) {
      guest.call.err(fmt::format("{}: No such file or directory\n", typed));
      status = 2;
    }
  }
  return status;
}

// ls [-1ad] [file...]: names one a line, as ls prints them to a pipe (zlogin's output is one).
int run_ls(GuestCommandContext& guest) {
  auto options = parse_options(guest.call, "1ad", "", "usage: ls [-1ad] [file...]");
  if (!options) return 2;
  auto& files = files_of(guest);
  std::vector<std::string> operands = options->operands;
  if (operands.empty()) operands.push_back(".");
  int status = 0;
  std::vector<std::string> plain;
  std::vector<std::string> directories;
  for (const std::string& typed : operands) {
    const std::string path = path_of(guest, typed == "." ? shell::home_directory(guest.call.caller.user) : typed);
    if (files.exists(path) || (options->has('d') && files.is_directory(path))) {
      plain.push_back(typed);
    } else if (files.is_directory(path)) {
      directories.push_back(typed);
    } else {
      guest.call.err(fmt::format("{}: No such file or directory\n", typed));
      status = 2;
    }
  }
  std::string text;
  for (const std::string& name : plain) text += name + "\n";
  for (const std::string& typed : directories) {
    if (operands.size() > 1) text += fmt::format("{}{}:\n", text.empty() ? "" : "\n", typed);
    if (options->has('a')) text += ".\n..\n";
    const std::string path = path_of(guest, typed == "." ? shell::home_directory(guest.call.caller.user) : typed);
    for (const std::string& name : files.entries(path))
      if (options->has('a') || !name.starts_with('.')) text += name + "\n";
  }
  guest.call.out(text);
  return status;
}

// test EXPRESSION and [ EXPRESSION ]: the file (-d -e -f -s), string (-n -z = !=) and integer
// (-eq -ne -lt -le -gt -ge) primaries and !, as test(1) describes them.
std::optional<bool> evaluate(GuestCommandContext& guest, std::vector<std::string> words) {
  bool negated = false;
  while (!words.empty() && words.front() == "!" && words.size() > 1) {
    negated = !negated;
    words.erase(words.begin());
  }
  auto& files = files_of(guest);
  const auto integer = [](const std::string& text) -> std::optional<long> {
    long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
  };
  std::optional<bool> result;
  if (words.empty()) {
    result = false;
  } else if (words.size() == 1) {
    result = !words[0].empty();
  } else if (words.size() == 2) {
    const std::string& primary = words[0];
    const std::string path = path_of(guest, words[1]);
    if (primary == "-n") result = !words[1].empty();
    else if (primary == "-z") result = words[1].empty();
    else if (primary == "-d") result = files.is_directory(path);
    else if (primary == "-f") result = files.exists(path);
    else if (primary == "-e") result = files.exists(path) || files.is_directory(path);
    else if (primary == "-s") result = files.read(path).value_or("").size() > 0;
  } else if (words.size() == 3) {
    const std::string& op = words[1];
    if (op == "=") result = words[0] == words[2];
    else if (op == "!=") result = words[0] != words[2];
    else if (auto left = integer(words[0]), right = integer(words[2]); left && right) {
      if (op == "-eq") result = *left == *right;
      else if (op == "-ne") result = *left != *right;
      else if (op == "-lt") result = *left < *right;
      else if (op == "-le") result = *left <= *right;
      else if (op == "-gt") result = *left > *right;
      else if (op == "-ge") result = *left >= *right;
    }
  }
  if (!result) return std::nullopt;
  return *result != negated;
}

int run_test(GuestCommandContext& guest) {
  std::vector<std::string> words(guest.call.args.begin() + 1, guest.call.args.end());
  const std::string& name = guest.call.args[0];
  if (name == "[") {
    if (words.empty() || words.back() != "]") {
      guest.call.err("[: ] missing\n");
      return 2;
    }
    words.pop_back();
  }
  const auto result = evaluate(guest, words);
  if (!result) {
    guest.call.err(fmt::format("{}: {}: unknown operator or argument; expected test(1)'s -d, -e, -f, -s, -n, -z, "
                               "=, !=, -eq, -ne, -lt, -le, -gt, -ge or !\n",
                               name, fmt::join(words, " ")));
    return 2;
  }
  return *result ? 0 : 1;
}

// printf FORMAT [ARG...]: %s %d %i %c %% and the \n \t \\ escapes; the format is used again while
// arguments remain, as printf(1) says.
int run_printf(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  if (args.size() < 2) {
    guest.call.err("printf: usage: printf format [[[arg1] arg2] ... argn]\n");
    return 2;
  }
  const std::string& format = args[1];
  std::size_t next = 2;
  std::string out;
  int status = 0;
  do {
    bool used = false;
    for (std::size_t i = 0; i < format.size(); ++i) {
      const char c = format[i];
      if (c == '\\' && i + 1 < format.size()) {
        const char escaped = format[++i];
        out += escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped;
      } else if (c == '%' && i + 1 < format.size()) {
        const char conversion = format[++i];
        if (conversion == '%') {
          out += '%';
          continue;
        }
        const std::string arg = next < args.size() ? args[next++] : "";
        used = true;
        if (conversion == 's') {
          out += arg;
        } else if (conversion == 'c') {
          out += arg.substr(0, 1);
        } else if (conversion == 'd' || conversion == 'i') {
          long value = 0;
          const auto [end, error] = std::from_chars(arg.data(), arg.data() + arg.size(), value);
          if (!arg.empty() && (error != std::errc() || end != arg.data() + arg.size())) {
            guest.call.err(fmt::format("printf: {}: expected numeric value\n", arg));
            status = 1;
          }
          out += std::to_string(value);
        } else {
          guest.call.err(fmt::format("printf: %{}: conversion not supported; expected %s, %d, %i, %c or %%\n", conversion));
          return 1;
        }
      } else {
        out += c;
      }
    }
    if (!used) break;
  } while (next < args.size());
  guest.call.out(out);
  return status;
}

int run_hostname(GuestCommandContext& guest) {
  Host& system = guest_system(guest.host.host, guest.zone);
  if (guest.call.args.size() > 2) {
    guest.call.err("usage: hostname [system_name]\n");
    return 1;
  }
  if (guest.call.args.size() == 2) system.name = guest.call.args[1];
  else guest.call.out(system.name + "\n");
  return 0;
}

// exit [N] as a command (zlogin ZONE exit 3); at a prompt, exit and logout end the session
// (guest_shell.cpp).
int run_exit(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  if (args.size() < 2) return 0;
  int status = 0;
  const auto [end, error] = std::from_chars(args[1].data(), args[1].data() + args[1].size(), status);
  if (error != std::errc() || end != args[1].data() + args[1].size()) {
    guest.call.err(fmt::format("{}: {}: bad number\n", args[0], args[1]));
    return 1;
  }
  return status & 0xff;
}

const bool registered =
    register_guest_command("sh", run_sh) && register_guest_command("mkdir", run_mkdir) &&
    register_guest_command("rm", run_rm) && register_guest_command("ls", run_ls) &&
    register_guest_command("test", run_test) && register_guest_command("[", run_test) &&
    register_guest_command("printf", run_printf) && register_guest_command("hostname", run_hostname) &&
    register_guest_command("exit", run_exit) && register_guest_command("logout", run_exit);

}  // namespace

}  // namespace kzsim::zones
