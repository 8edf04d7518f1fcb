#include "core/error.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace kzsim {

std::string SourceLocation::describe() const {
  std::string text = file;
  if (line > 0) {
    text += ":" + std::to_string(line);
    if (column > 0) text += ":" + std::to_string(column);
  }
  return text;
}

namespace {
std::string with_location(const std::string& message, const SourceLocation& where) {
  std::string place = where.describe();
  return place.empty() ? message : place + ": " + message;
}
}  // namespace

namespace {
constexpr std::size_t kLongestWord = 200;
constexpr std::size_t kPrefix = 64;
}  // namespace

std::string bounded_quotes(std::string_view text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \t\n", at), text.size());
    std::string_view word = text.substr(at, end - at);
    if (word.size() > kLongestWord) {
      std::size_t cut = kPrefix;
      while (cut > 0 && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
      out += fmt::format("{}...[{} bytes]", word.substr(0, cut), word.size());
    } else {
      out += word;
    }
    if (end < text.size()) out += text[end];
    at = end + 1;
  }
  return out;
}

InputError::InputError(std::string message, SourceLocation where)
    : std::runtime_error(with_location(message, where)), where_(std::move(where)),
      message_(std::move(message)) {}

}  // namespace kzsim
