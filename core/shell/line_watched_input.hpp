#pragma once
// An Input that tells a watcher which line a command is about to read, before it reads it: a
// scenario's `meanwhile` commands (another terminal) run there.
#include <functional>
#include <limits>

#include "core/shell/command.hpp"

namespace kzsim::shell {

class LineWatchedInput : public Input {
 public:
  // Called with the 1-based number of the line about to be read; read_all passes kEveryLine.
  using Watcher = std::function<void(int line)>;
  static constexpr int kEveryLine = std::numeric_limits<int>::max();

  LineWatchedInput(Input& typed, Watcher before_line);

  std::optional<std::string> read_line(std::string_view prompt) override;
  std::optional<std::string> read_secret(std::string_view prompt) override;
  std::string read_all() override;
  bool is_terminal() const override { return typed_.is_terminal(); }

 private:
  Input& typed_;
  Watcher before_line_;
  int lines_read_ = 0;
};

}  // namespace kzsim::shell
