#include "core/shell/session.hpp"

#include <string>

#include "core/shell/interrupt.hpp"

namespace kzsim::shell {

bool is_exit(std::string_view line) {
  const auto first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  return line.substr(first, line.find_last_not_of(" \t") + 1 - first) == "exit";
}

int run_interactive(Shell& shell, const Caller& caller, std::string_view prompt, Input& input, Streams& streams,
                    const std::function<void()>& after_each) {
  while (true) {
    try {
      const std::optional<std::string> line = input.read_line(prompt);
      if (!line || is_exit(*line)) break;
      shell.run(caller, *line, input, streams);
    } catch (const Interrupted&) {
      try {
        streams.out("\n");  // the next prompt on a line of its own
      } catch (const Interrupted&) {  // a second Ctrl-C at once asks no more than the first
      }
    }
    if (after_each) after_each();
  }
  return shell.last_status();
}

}  // namespace kzsim::shell
