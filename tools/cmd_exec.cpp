// kzsim exec --world DIR [SCENARIO | --machine ID] [--host NAME] [--user NAME] -- COMMAND...:
// one command on a world kept in DIR (zones/persistence), which it loads, changes and saves. A
// directory without a world starts from the SCENARIO's hosts, files and users or one host
// "global" of a machine model. The words after -- are one command line (a single word is taken
// as the whole line, so that 'a; b | c' works); standard input is the command's input, read
// only when the command reads it (a client that leaves a pipe open to a command that never
// reads it must not hang). Calls on one world wait for each other (--wait seconds, default 60)
// and run one after the other.
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/shell/shell.hpp"
#include "core/shell/text_input.hpp"
#include "tools/subcommand.hpp"
#include "tools/world_options.hpp"
#include "zones/persistence/persistent_world.hpp"

namespace {

using kzsim::InputError;

struct ExecArguments {
  kzsim::tools::WorldOptions where;
  std::string user = "root";
  int wait_seconds = 60;
  std::vector<std::string> copy_in;  // real files put into the host's files at the same path first
  std::vector<std::string> command;
};

// Standard input read as the command asks for it, a line or the rest at a time.
class StandardInput : public kzsim::shell::Input {
 public:
  std::optional<std::string> read_line(std::string_view) override {
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    return line;
  }
  std::string read_all() override { return std::string(std::istreambuf_iterator<char>(std::cin), {}); }
  bool is_terminal() const override { return false; }
};

class ConsoleStreams : public kzsim::shell::Streams {
 public:
  void out(std::string_view text) override { std::cout << text << std::flush; }
  void err(std::string_view text) override { std::cerr << text << std::flush; }
};

// Words as the simulated shell reads them back: quoted unless plain.
std::string command_line(const std::vector<std::string>& words) {
  if (words.size() == 1) return words.front();
  std::string line;
  for (const std::string& word : words) {
    const bool plain = !word.empty() && word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                                "0123456789-_./=:,+@%") == std::string::npos;
    if (!line.empty()) line += ' ';
    if (plain) {
      line += word;
      continue;
    }
    line += '\'';
    for (char c : word) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += '\'';
  }
  return line;
}

int run_exec(const ExecArguments& arguments) {
  kzsim::zones::persistence::PersistentWorld persistent(arguments.where.world, arguments.where.scenario,
                                                       arguments.where.machine,
                                                       kzsim::zones::persistence::kill_at_from_environment(),
                                                       std::chrono::seconds(arguments.wait_seconds));
  auto& world = persistent.world();
  const std::string host = kzsim::tools::chosen_host(world, arguments.where);
  if (!world.user_exists(host, arguments.user))
    throw InputError(fmt::format("--user {}: no such user on host '{}'; expected root or a user of that host",
                                 arguments.user, host));
  for (const std::string& path : arguments.copy_in) {
    std::ifstream file(path, std::ios::binary);
    if (!path.starts_with('/') || !file)
      throw InputError(fmt::format("--copy-in {}: cannot read it; expected an absolute path of a readable file", path));
    world.files(host)->write(path, std::string(std::istreambuf_iterator<char>(file), {}));
  }
  // A terminal gives no input: exec is not interactive.
  kzsim::shell::TextInput no_input("", false);
  StandardInput standard_input;
  kzsim::shell::Input& input = isatty(STDIN_FILENO) != 0 ? static_cast<kzsim::shell::Input&>(no_input) : standard_input;
  ConsoleStreams streams;
  kzsim::shell::Shell shell(world);
  const int status = shell.run({host, arguments.user}, command_line(arguments.command), input, streams);
  persistent.commit();
  return status;
}

const bool registered = kzsim::tools::register_subcommand({
    "exec", "Run one command on a world kept in a directory (saved after the command); a new directory "
            "starts from a scenario's hosts or one host 'global' of a machine model",
    [](CLI::App& command) -> std::function<int()> {
      auto arguments = std::make_shared<ExecArguments>();
      kzsim::tools::add_world_options(command, arguments->where, "Host the command runs on (default: the world's first)");
      command.add_option("--user", arguments->user, "User who runs the command")->capture_default_str();
      command.add_option("--copy-in", arguments->copy_in,
                         "Real file put into the host's files at the same absolute path before the command runs")
          ->allow_extra_args(false);
      command.add_option("--wait", arguments->wait_seconds, "Seconds to wait while another kzsim holds the world")
          ->check(CLI::Range(0, 3600))
          ->capture_default_str();
      command.add_option("COMMAND", arguments->command, "The command line, after --")->required();
      return [arguments]() { return run_exec(*arguments); };
    }});

}  // namespace
