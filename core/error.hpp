#pragma once
// Errors every layer shares. An InputError is a refusal of something a person wrote (a scenario,
// a command line, a size): it names the input, the place, and what was expected.
#include <stdexcept>
#include <string>
#include <string_view>

namespace kzsim {

struct SourceLocation {
  std::string file;  // empty when the input is not a file (a command-line argument, say)
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based; 0 when unknown

  // "file:line:col", "file:line", "file" or "" depending on what is known.
  std::string describe() const;
};

class InputError : public std::runtime_error {
 public:
  explicit InputError(std::string message, SourceLocation where = {});
  const SourceLocation& where() const { return where_; }
  const std::string& message() const { return message_; }

 private:
  SourceLocation where_;
  std::string message_;
};

// `text` with each word longer than 200 bytes (a run without blanks: a value as typed) cut to its
// first 64 bytes and "...[N bytes]", so that an error quotes a bounded prefix of a value, never
// the whole of a 1 MB one.
std::string bounded_quotes(std::string_view text);

}  // namespace kzsim
