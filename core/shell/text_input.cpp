#include "core/shell/text_input.hpp"

#include <utility>

namespace kzsim::shell {

TextInput::TextInput(std::string text, bool terminal, Streams* echo)
    : text_(std::move(text)), terminal_(terminal), echo_(echo) {}

std::optional<std::string> TextInput::read_line(std::string_view prompt) { return next_line(prompt, true); }

std::optional<std::string> TextInput::read_secret(std::string_view prompt) { return next_line(prompt, false); }

std::optional<std::string> TextInput::next_line(std::string_view prompt, bool echo) {
  if (position_ >= text_.size()) return std::nullopt;
  std::size_t end = text_.find('\n', position_);
  if (end == std::string::npos) end = text_.size();
  std::string line = text_.substr(position_, end - position_);
  position_ = end + 1;
  if (terminal_ && echo_ != nullptr) {
    echo_->out(prompt);
    echo_->out((echo ? line : "") + "\n");
  }
  return line;
}

std::string TextInput::read_all() {
  if (position_ >= text_.size()) return {};
  std::string rest = text_.substr(position_);
  position_ = text_.size();
  return rest;
}

}  // namespace kzsim::shell
