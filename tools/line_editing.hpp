#pragma once
// libedit for `kzsim shell` on a terminal: Tab completes from the simulated world
// (zones/teaching/shell_vocabulary, core/shell/completion) and lines are kept in a history file
// across sessions when core/shell/terminal_session names one.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "zones/world.hpp"

namespace kzsim::tools {

class LineEditing {
 public:
  LineEditing(const zones::World& world, std::string host, std::optional<std::filesystem::path> history);
  ~LineEditing();
  LineEditing(const LineEditing&) = delete;
  LineEditing& operator=(const LineEditing&) = delete;

  // The typed line, or nothing at end of input; a non-empty line joins the history. Ctrl-C
  // while it is typed throws shell::Interrupted.
  std::optional<std::string> read_line(std::string_view prompt);

  // For the SIGINT handler (async-signal-safe): notes the interrupt, and leaves a read_line
  // under way.
  static void on_interrupt();

 private:
  const zones::World& world_;
  std::string host_;
  std::optional<std::filesystem::path> history_;
};

}  // namespace kzsim::tools
