// kzsim shims --world DIR --out BINDIR [--scenario FILE | --machine ID] [--host NAME] [--log FILE]:
// one executable wrapper a simulated command (the command table's names), each forwarding its
// arguments to `kzsim exec --world DIR`, so that a tool run with BINDIR first on its PATH
// (Ansible, Facter, a script) drives the simulated host. A directory without a world starts as
// `kzsim exec` starts one. Standard input passes through (exec reads it only when the command
// does); a host file given to `zonecfg -f` is copied into the world at the same path first.
// Two more wrappers run the real interpreters with the host's identity the simulated one's
// (tools/shims/: what they change and why): kzsim-python3 (Ansible's
// ansible_python_interpreter) and facter.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string_view>

#include <fmt/format.h>

#include "core/error.hpp"
#include "tools/subcommand.hpp"
#include "tools/world_options.hpp"
#include "zones/commands.hpp"
#include "zones/persistence/persistent_world.hpp"
#include "zones/world.hpp"

namespace kzsim::embedded {
const std::map<std::string, std::string_view>& shim_files();
}

namespace {

using kzsim::InputError;

struct ShimArguments {
  kzsim::tools::WorldOptions where;
  std::string out;
  std::string log;
};

// A word for sh, in single quotes.
std::string quoted(const std::string& word) {
  std::string text = "'";
  for (char c : word) text += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return text + "'";
}

// A command name that can be a file name in BINDIR.
bool file_name(const std::string& name) {
  return !name.empty() && name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") ==
                              std::string::npos && name != "." && name != "..";
}

// The options whose value names a file the command reads from the host (zonecfg -f FILE): the
// wrapper copies that file into the world first.
std::string file_option(const std::string& command) { return command == "zonecfg" ? "-f" : ""; }

std::string wrapper(const std::string& kzsim, const ShimArguments& arguments, const std::string& host,
                    const std::string& command) {
  std::string text = fmt::format("#!/bin/sh\n# Written by kzsim shims: {} on host {} of the world {}.\n", command, host,
                                 arguments.where.world);
  if (!arguments.log.empty())
    text += fmt::format("printf '%s\\n' \"{} $*\" >> {}\n", command, quoted(arguments.log));
  text += "copy=\n";
  if (const std::string option = file_option(command); !option.empty())
    text += fmt::format(
        "previous=\nfor word in \"$@\"; do\n  if [ \"$previous\" = {} ] && [ -f \"$word\" ]; then\n"
        "    case $word in /*) copy=$word ;; *) copy=$(pwd)/$word ;; esac\n  fi\n  previous=$word\ndone\n",
        option);
  text += fmt::format("exec {} exec --world {} --host {} ${{copy:+--copy-in \"$copy\"}} -- {} \"$@\"\n", quoted(kzsim),
                      quoted(arguments.where.world), quoted(host), command);
  return text;
}

// An executable file on PATH outside `skip` (the wrappers' own directory), or empty.
std::string on_path(const std::string& program, const std::filesystem::path& skip) {
  const char* path = std::getenv("PATH");
  std::string rest = path ? path : "";
  while (!rest.empty()) {
    const auto colon = rest.find(':');
    const std::filesystem::path directory = rest.substr(0, colon);
    rest = colon == std::string::npos ? "" : rest.substr(colon + 1);
    std::error_code error;
    if (directory.empty() || std::filesystem::equivalent(directory, skip, error)) continue;
    const auto candidate = directory / program;
    if (std::filesystem::is_regular_file(candidate, error) && ::access(candidate.c_str(), X_OK) == 0)
      return std::filesystem::absolute(candidate).string();
  }
  return "";
}

void write_file(const std::filesystem::path& path, const std::string& text, bool executable) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream file(path, std::ios::trunc);
  file << text;
  file.close();
  if (!file || (executable && ::chmod(path.c_str(), 0755) != 0))
    throw InputError(fmt::format("--out: cannot write {}", path.string()));
}

// kzsim-python3 and facter: the real interpreters, loading tools/shims' adapters. Written only
// where the real program is installed.
int write_interpreters(const std::filesystem::path& out) {
  int written = 0;
  const auto& files = kzsim::embedded::shim_files();
  if (const std::string python = on_path("python3", out); !python.empty()) {
    write_file(out / "kzsim-python" / "sitecustomize.py", std::string(files.at("sitecustomize.py")), false);
    write_file(out / "kzsim-python3",
               fmt::format("#!/bin/sh\n# Written by kzsim shims: {} with the simulated host's identity "
                           "(kzsim-python/sitecustomize.py).\n"
                           "PYTHONPATH={}${{PYTHONPATH:+:$PYTHONPATH}} exec {} \"$@\"\n",
                           python, quoted((out / "kzsim-python").string()), quoted(python)),
               true);
    ++written;
  }
  const std::string ruby = on_path("ruby", out), facter = on_path("facter", out);
  if (!ruby.empty() && !facter.empty()) {
    write_file(out / "kzsim-ruby" / "facter_solaris.rb", std::string(files.at("facter_solaris.rb")), false);
    write_file(out / "facter",
               fmt::format("#!/bin/sh\n# Written by kzsim shims: {} on the simulated host (kzsim-ruby/facter_solaris.rb).\n"
                           "exec {} -r {} {} \"$@\"\n",
                           facter, quoted(ruby), quoted((out / "kzsim-ruby" / "facter_solaris.rb").string()), quoted(facter)),
               true);
    ++written;
  }
  return written;
}

int run_shims(const ShimArguments& arguments) {
  const std::string world_directory = std::filesystem::absolute(arguments.where.world).string();
  std::string host;
  {
    kzsim::zones::persistence::PersistentWorld persistent(world_directory, arguments.where.scenario,
                                                          arguments.where.machine);
    host = kzsim::tools::chosen_host(persistent.world(), arguments.where);
  }
  std::error_code error;
  std::filesystem::create_directories(arguments.out, error);
  if (error) throw InputError(fmt::format("--out {}: cannot create the directory: {}", arguments.out, error.message()));
  const std::string kzsim = std::filesystem::read_symlink("/proc/self/exe").string();
  const auto out = std::filesystem::absolute(arguments.out);
  ShimArguments absolute = arguments;
  absolute.where.world = world_directory;
  if (!absolute.log.empty()) absolute.log = std::filesystem::absolute(absolute.log).string();
  int written = 0;
  for (const std::string& command : kzsim::zones::command_names()) {
    if (!file_name(command)) continue;
    write_file(out / command, wrapper(kzsim, absolute, host, command), true);
    ++written;
  }
  written += write_interpreters(out);
  fmt::print("{} wrappers in {} for host {} of {}\n", written, arguments.out, host, world_directory);
  return 0;
}

const bool registered = kzsim::tools::register_subcommand({
    "shims", "Write one wrapper script a simulated command into a directory, each running it on a world kept in a "
             "directory (kzsim exec), for tools that run Solaris commands from their PATH",
    [](CLI::App& command) -> std::function<int()> {
      auto arguments = std::make_shared<ShimArguments>();
      kzsim::tools::add_world_options(command, arguments->where, "Host the commands run on (default: the world's first)");
      command.add_option("--out", arguments->out, "Directory the wrappers are written to")->required();
      command.add_option("--log", arguments->log, "File each wrapper appends its command line to");
      return [arguments]() { return run_shims(*arguments); };
    }});

}  // namespace
