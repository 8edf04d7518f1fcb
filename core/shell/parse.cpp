#include "core/shell/parse.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <utility>

#include "core/shell/tokenize.hpp"

namespace kzsim::shell {

std::string Word::expand(int last_status) const {
  std::string text;
  for (const auto& part : parts) {
    if (const auto* literal = std::get_if<std::string>(&part))
      text += *literal;
    else
      text += std::to_string(last_status);
  }
  return text;
}

namespace {

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  CommandList list() {
    CommandList result;
    Condition condition = Condition::Always;
    const Token* pending_connector = nullptr;  // `&&` or `||` still waiting for its command
    while (!at_end()) {
      if (current().kind == TokenKind::Newline) {
        ++index_;
        continue;
      }
      result.items.push_back(ListItem{condition, pipeline(pending_connector)});
      pending_connector = nullptr;
      if (at_end()) break;
      const Token& separator = tokens_[index_++];
      condition = separator.kind == TokenKind::AndIf  ? Condition::IfSucceeded
                  : separator.kind == TokenKind::OrIf ? Condition::IfFailed
                                                      : Condition::Always;
      if (condition != Condition::Always) pending_connector = &separator;
    }
    if (pending_connector != nullptr)
      syntax_error(fmt::format("expected a command after {}", spelling(pending_connector->kind)),
                   pending_connector->column);
    return result;
  }

 private:
  bool at_end() const { return index_ >= tokens_.size(); }
  const Token& current() const { return tokens_[index_]; }
  bool current_is(TokenKind kind) const { return !at_end() && current().kind == kind; }

  Pipeline pipeline(const Token* after) {
    Pipeline result;
    result.commands.push_back(command(after));
    while (current_is(TokenKind::Pipe)) {
      const Token& pipe = tokens_[index_++];
      while (current_is(TokenKind::Newline)) ++index_;
      result.commands.push_back(command(&pipe));
    }
    return result;
  }

  // `after` is the operator before the command, if any, to name it when the command is missing.
  SimpleCommand command(const Token* after) {
    SimpleCommand result;
    while (!at_end()) {
      const Token& token = current();
      if (token.kind == TokenKind::Word) {
        result.words.push_back(token.word);
        ++index_;
      } else if (token.kind == TokenKind::Great || token.kind == TokenKind::DoubleGreat) {
        ++index_;
        if (!current_is(TokenKind::Word))
          syntax_error(fmt::format("expected a file name after {}", spelling(token.kind)),
                       token.column);
        result.redirections.push_back(
            Redirection{token.kind == TokenKind::DoubleGreat, current().word});
        ++index_;
      } else {
        break;
      }
    }
    if (result.words.empty() && result.redirections.empty()) {
      if (after != nullptr)
        syntax_error(fmt::format("expected a command after {}", spelling(after->kind)),
                     after->column);
      syntax_error(fmt::format("expected a command before {}", spelling(current().kind)),
                   current().column);
    }
    return result;
  }

  std::vector<Token> tokens_;
  std::size_t index_ = 0;
};

}  // namespace

CommandList parse_line(std::string_view line) { return Parser(tokenize(line)).list(); }

}  // namespace kzsim::shell
