#include "core/shell/line_watched_input.hpp"

#include <utility>

namespace kzsim::shell {

LineWatchedInput::LineWatchedInput(Input& typed, Watcher before_line)
    : typed_(typed), before_line_(std::move(before_line)) {}

std::optional<std::string> LineWatchedInput::read_line(std::string_view prompt) {
  before_line_(++lines_read_);
  return typed_.read_line(prompt);
}

std::optional<std::string> LineWatchedInput::read_secret(std::string_view prompt) {
  before_line_(++lines_read_);
  return typed_.read_secret(prompt);
}

std::string LineWatchedInput::read_all() {
  before_line_(kEveryLine);
  return typed_.read_all();
}

}  // namespace kzsim::shell
