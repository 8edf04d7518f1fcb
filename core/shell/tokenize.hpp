#pragma once
// The lexical step of parse_line: words (quotes removed, `$?` marked) and operators.
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/parse.hpp"

namespace kzsim::shell {

enum class TokenKind { Word, Semicolon, Newline, Pipe, AndIf, OrIf, Great, DoubleGreat };

struct Token {
  TokenKind kind;
  int column;  // 1-based column of the token's first character
  Word word;   // only for TokenKind::Word
};

// Throws the kzsim::InputError of a syntax error at a 1-based column.
[[noreturn]] void syntax_error(std::string what, int column);

// How an operator is written, for messages.
std::string_view spelling(TokenKind kind);

// Throws kzsim::InputError for unterminated quotes and for shell syntax kzsim does not support.
std::vector<Token> tokenize(std::string_view line);

}  // namespace kzsim::shell
