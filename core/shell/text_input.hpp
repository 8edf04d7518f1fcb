#pragma once
// Standard input given as text: a scenario's `stdin:` lines, or a pipe between two commands.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/shell/command.hpp"

namespace kzsim::shell {

class TextInput : public Input {
 public:
  // When `terminal`, each read_line shows the prompt and the typed line on echo->out(), as a
  // terminal shows what a person types; `echo` may be null only when not terminal.
  TextInput(std::string text, bool terminal, Streams* echo = nullptr);

  // At end of input returns nothing and shows nothing (not even the prompt).
  std::optional<std::string> read_line(std::string_view prompt) override;
  std::optional<std::string> read_secret(std::string_view prompt) override;
  std::string read_all() override;
  bool is_terminal() const override { return terminal_; }

 private:
  std::optional<std::string> next_line(std::string_view prompt, bool echo);

  std::string text_;
  std::size_t position_ = 0;
  bool terminal_;
  Streams* echo_;
};

}  // namespace kzsim::shell
