// kzsim shell [--user NAME] [--world DIR] (SCENARIO | --machine ID): an interactive shell on a
// simulated world. A scenario gives its hosts, files and users (its steps are not run); --machine
// gives one host named "global". With --world the world is kept in DIR (zones/persistence), saved
// after each command; a DIR that holds a world takes neither SCENARIO nor --machine. On a
// terminal, lines are edited with libedit (tools/line_editing: Tab completion, history across
// sessions) and standard error is red unless NO_COLOR is set; otherwise lines are read plainly,
// without prompts. Ctrl-C drops the line being typed or stops the command running (at its next
// read or write) and gives the prompt back; Ctrl-D or exit ends the session. On a terminal a
// banner names the hosts first.
#include <fmt/format.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>

#include "core/error.hpp"
#include "core/shell/interrupt.hpp"
#include "core/shell/session.hpp"
#include "core/shell/shell.hpp"
#include "core/shell/terminal_session.hpp"
#include "tools/banner.hpp"
#include "tools/line_editing.hpp"
#include "tools/subcommand.hpp"
#include "zones/persistence/persistent_world.hpp"
#include "zones/persistence/world_start.hpp"

namespace {

using kzsim::InputError;

struct ShellArguments {
  std::string scenario;
  std::string machine;
  std::string world;
  std::string user = "root";
};

// Standard input of the session: the person at the terminal, or a pipe.
class SessionInput : public kzsim::shell::Input {
 public:
  SessionInput(const kzsim::zones::World& world, const std::string& host) : terminal_(isatty(STDIN_FILENO) != 0) {
    if (terminal_)
      editing_.emplace(world, host, kzsim::shell::history_file(kzsim::shell::TerminalEnvironment::current()));
  }

  std::optional<std::string> read_line(std::string_view prompt) override {
    kzsim::shell::stop_if_interrupted();
    if (!terminal_) {
      std::string line;
      if (!std::getline(std::cin, line)) return std::nullopt;
      kzsim::shell::stop_if_interrupted();
      return line;
    }
    return editing_->read_line(prompt);
  }

  std::string read_all() override {
    std::string text;
    while (auto next = read_line("")) text += *next + "\n";
    return text;
  }

  bool is_terminal() const override { return terminal_; }

 private:
  bool terminal_;
  std::optional<kzsim::tools::LineEditing> editing_;
};

class ConsoleStreams : public kzsim::shell::Streams {
 public:
  void out(std::string_view text) override {
    kzsim::shell::stop_if_interrupted();
    std::cout << text << std::flush;
  }
  void err(std::string_view text) override {
    kzsim::shell::stop_if_interrupted();
    if (colour_) std::cerr << "\033[31m" << text << "\033[0m" << std::flush;
    else std::cerr << text << std::flush;
  }

 private:
  bool colour_ = kzsim::shell::colour_errors(kzsim::shell::TerminalEnvironment::current());
};

// Ctrl-C never ends the session: the handler only notes it (see SessionInput and ConsoleStreams).
void on_interrupt(int /*signal*/) { kzsim::tools::LineEditing::on_interrupt(); }

int run_session(const ShellArguments& arguments) {
  std::optional<kzsim::zones::persistence::PersistentWorld> persistent;
  std::unique_ptr<kzsim::zones::World> started;
  if (arguments.world.empty()) started = kzsim::zones::persistence::start_world(arguments.scenario, arguments.machine);
  else persistent.emplace(arguments.world, arguments.scenario, arguments.machine);
  auto& world = persistent ? persistent->world() : *started;
  const std::string host = world.host_names().front();
  if (!world.user_exists(host, arguments.user))
    throw InputError(fmt::format("--user {}: no such user on host '{}'; expected root or a user the "
                                 "scenario lists for it",
                                 arguments.user, host));
  kzsim::shell::Shell shell(world);
  SessionInput input(world, host);
  ConsoleStreams streams;
  const kzsim::shell::Caller caller{host, arguments.user};
  if (input.is_terminal()) std::cout << kzsim::tools::banner(world, caller) << std::flush;
  struct sigaction interrupt {};
  interrupt.sa_handler = on_interrupt;
  interrupt.sa_flags = SA_RESTART;
  sigemptyset(&interrupt.sa_mask);
  sigaction(SIGINT, &interrupt, nullptr);
  kzsim::shell::run_interactive(shell, caller, host + "$ ", input, streams, [&] {
    if (persistent) persistent->commit();
  });
  return 0;
}

const bool registered = kzsim::tools::register_subcommand({
    "shell", "Type commands on a simulated world: the hosts, files and users of a scenario (its "
             "steps are not run), or one host 'global' of a machine model",
    [](CLI::App& command) -> std::function<int()> {
      auto arguments = std::make_shared<ShellArguments>();
      auto* scenario = command.add_option("SCENARIO", arguments->scenario, "Scenario file whose world to enter");
      auto* machine = command.add_option("--machine", arguments->machine,
                                         "Model id (see 'kzsim models') of a single host named global");
      scenario->excludes(machine);
      command.add_option("--world", arguments->world,
                         "Directory that keeps the world between sessions, saved after each command; a new one "
                         "starts from SCENARIO or --machine");
      command.add_option("--user", arguments->user, "User who types the commands")->capture_default_str();
      return [arguments]() {
        if (arguments->world.empty() && arguments->scenario.empty() == arguments->machine.empty())
          throw InputError("kzsim shell: expected a SCENARIO file or --machine ID");
        return run_session(*arguments);
      };
    }});

}  // namespace
