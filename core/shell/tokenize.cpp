#include "core/shell/tokenize.hpp"

#include <fmt/format.h>

#include <cctype>
#include <string>
#include <utility>

#include "core/error.hpp"

namespace kzsim::shell {

std::string_view spelling(TokenKind kind) {
  switch (kind) {
    case TokenKind::Word:
      return "word";
    case TokenKind::Semicolon:
      return "';'";
    case TokenKind::Newline:
      return "newline";
    case TokenKind::Pipe:
      return "'|'";
    case TokenKind::AndIf:
      return "'&&'";
    case TokenKind::OrIf:
      return "'||'";
    case TokenKind::Great:
      return "'>'";
    case TokenKind::DoubleGreat:
      return "'>>'";
  }
  return "?";
}

void syntax_error(std::string what, int column) {
  SourceLocation where;
  where.column = column;
  throw InputError(std::move(what), std::move(where));
}

namespace {

[[noreturn]] void fail(std::string what, std::size_t position) {
  syntax_error(std::move(what), static_cast<int>(position) + 1);
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_operator(char c) { return std::string_view(";|&<>()").find(c) != std::string_view::npos; }
bool is_name(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

void append_text(Word& word, char c) {
  if (word.parts.empty() || !std::holds_alternative<std::string>(word.parts.back()))
    word.parts.emplace_back(std::string());
  std::get<std::string>(word.parts.back()) += c;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view line) : line_(line) {}

  std::vector<Token> run() {
    while (position_ < line_.size()) {
      char c = line_[position_];
      if (is_blank(c)) {
        ++position_;
      } else if (c == '#') {
        while (position_ < line_.size() && line_[position_] != '\n') ++position_;
      } else if (c == '\n') {
        add(TokenKind::Newline, 1);
      } else if (is_operator(c)) {
        operator_token();
      } else if (std::isdigit(static_cast<unsigned char>(c)) &&
                 (peek(1) == '>' || peek(1) == '<')) {
        fail(fmt::format("redirection of file descriptor {} ({}{}) is not supported; only > and "
                         ">> of standard output are",
                         c, c, peek(1)),
             position_);
      } else {
        word_token();
      }
    }
    return std::move(tokens_);
  }

 private:
  char peek(std::size_t ahead) const {
    return position_ + ahead < line_.size() ? line_[position_ + ahead] : '\0';
  }

  void add(TokenKind kind, std::size_t length) {
    tokens_.push_back(Token{kind, static_cast<int>(position_) + 1, {}});
    position_ += length;
  }

  void operator_token() {
    char c = line_[position_];
    char next = peek(1);
    switch (c) {
      case ';':
        return add(TokenKind::Semicolon, 1);
      case '|':
        return next == '|' ? add(TokenKind::OrIf, 2) : add(TokenKind::Pipe, 1);
      case '&':
        if (next == '&') return add(TokenKind::AndIf, 2);
        fail("background jobs (&) are not supported", position_);
      case '>':
        if (next == '>') return add(TokenKind::DoubleGreat, 2);
        if (next == '&') fail("duplicating a file descriptor (>&) is not supported", position_);
        return add(TokenKind::Great, 1);
      case '<':
        fail("input redirection (<) is not supported", position_);
      default:
        fail("subshells with ( and ) are not supported", position_);
    }
  }

  void word_token() {
    Token token{TokenKind::Word, static_cast<int>(position_) + 1, {}};
    while (position_ < line_.size()) {
      char c = line_[position_];
      if (is_blank(c) || c == '\n' || is_operator(c)) break;
      if (c == '\\') {
        if (position_ + 1 == line_.size()) fail("backslash at end of line", position_);
        append_text(token.word, line_[position_ + 1]);
        position_ += 2;
      } else if (c == '\'') {
        single_quoted(token.word);
      } else if (c == '"') {
        double_quoted(token.word);
      } else {
        plain_character(token.word);
      }
    }
    tokens_.push_back(std::move(token));
  }

  void single_quoted(Word& word) {
    std::size_t start = position_++;
    std::size_t end = line_.find('\'', position_);
    if (end == std::string_view::npos) fail("unterminated single quote", start);
    // An empty quoted string is still a word, so it needs a part.
    word.parts.emplace_back(std::string(line_.substr(position_, end - position_)));
    position_ = end + 1;
  }

  void double_quoted(Word& word) {
    std::size_t start = position_++;
    word.parts.emplace_back(std::string());
    while (true) {
      if (position_ >= line_.size()) fail("unterminated double quote", start);
      char c = line_[position_];
      if (c == '"') break;
      if (c == '\\' && std::string_view("\"\\$`").find(peek(1)) != std::string_view::npos) {
        append_text(word, peek(1));
        position_ += 2;
      } else {
        plain_character(word);
      }
    }
    ++position_;
  }

  // A character outside single quotes that is not a quote or an escape.
  void plain_character(Word& word) {
    char c = line_[position_];
    if (c == '`') fail("command substitution (`) is not supported", position_);
    if (c != '$') {
      append_text(word, c);
      ++position_;
      return;
    }
    char next = peek(1);
    if (next == '?') {
      word.parts.emplace_back(LastStatus{});
      position_ += 2;
    } else if (next == '(') {
      fail("command substitution ($() is not supported", position_);
    } else if (next == '{' || is_name(next)) {
      std::size_t end = position_ + 1;
      while (end < line_.size() && (is_name(line_[end]) || line_[end] == '{')) ++end;
      fail(fmt::format("expansion of {} is not supported; only $? is expanded",
                       line_.substr(position_, end - position_)),
           position_);
    } else {
      append_text(word, c);
      ++position_;
    }
  }

  std::string_view line_;
  std::size_t position_ = 0;
  std::vector<Token> tokens_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view line) { return Tokenizer(line).run(); }

}  // namespace kzsim::shell
