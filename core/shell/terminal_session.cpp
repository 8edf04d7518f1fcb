#include "core/shell/terminal_session.hpp"

#include <unistd.h>

#include <cstdlib>

namespace kzsim::shell {

namespace {
std::optional<std::string> variable(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::nullopt : std::optional<std::string>(value);
}
}  // namespace

TerminalEnvironment TerminalEnvironment::current() {
  return {variable("KZSIM_HISTORY"), variable("XDG_STATE_HOME"), variable("HOME"), variable("NO_COLOR"),
          variable("TERM"), isatty(STDERR_FILENO) != 0};
}

std::optional<std::filesystem::path> history_file(const TerminalEnvironment& environment) {
  if (environment.kzsim_history)
    return environment.kzsim_history->empty() || *environment.kzsim_history == "off"
               ? std::nullopt
               : std::optional<std::filesystem::path>(*environment.kzsim_history);
  if (environment.xdg_state_home && !environment.xdg_state_home->empty())
    return std::filesystem::path(*environment.xdg_state_home) / "kzsim" / "history";
  if (environment.home && !environment.home->empty())
    return std::filesystem::path(*environment.home) / ".local" / "state" / "kzsim" / "history";
  return std::nullopt;
}

bool colour_errors(const TerminalEnvironment& environment) {
  return environment.stderr_is_terminal && !environment.no_color && environment.term.value_or("dumb") != "dumb";
}

}  // namespace kzsim::shell
