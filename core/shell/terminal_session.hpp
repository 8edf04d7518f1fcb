#pragma once
// What an interactive `kzsim shell` does beyond running lines: where it keeps its history across
// sessions and whether it colours, decided from the environment so that scripts and tests get
// neither.
#include <filesystem>
#include <optional>
#include <string>

namespace kzsim::shell {

struct TerminalEnvironment {
  std::optional<std::string> kzsim_history;   // $KZSIM_HISTORY: the history file; "" or "off": none
  std::optional<std::string> xdg_state_home;  // $XDG_STATE_HOME
  std::optional<std::string> home;            // $HOME
  std::optional<std::string> no_color;        // $NO_COLOR: set (to anything) means no colour
  std::optional<std::string> term;            // $TERM: "dumb" means no colour
  bool stderr_is_terminal = false;

  static TerminalEnvironment current();  // from the process's environment and file descriptors
};

// $KZSIM_HISTORY, else $XDG_STATE_HOME/kzsim/history, else $HOME/.local/state/kzsim/history;
// nothing when history is off or no place is known.
std::optional<std::filesystem::path> history_file(const TerminalEnvironment& environment);

// Standard error is a terminal that takes colour, and NO_COLOR is not set.
bool colour_errors(const TerminalEnvironment& environment);

}  // namespace kzsim::shell
