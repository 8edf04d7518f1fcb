#include "core/scenario/yaml_text.hpp"

#include <fmt/format.h>

namespace kzsim::scenario {

namespace {

bool fits_block_scalar(std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7f) return false;
  }
  return true;
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') out += fmt::format("\\{}", c);
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (byte < 0x20 || byte == 0x7f) out += fmt::format("\\x{:02x}", byte);
    else out += c;
  }
  return out + "\"\n";
}

// The first line with any character decides the indentation a reader detects; when it starts
// with a space the indentation must be given.
bool needs_indentation_indicator(std::string_view text) {
  std::size_t first = text.find_first_not_of('\n');
  return first != std::string_view::npos && text[first] == ' ';
}

}  // namespace

std::string yaml_text_value(std::string_view text, int key_column) {
  if (text.empty()) return "\"\"\n";
  if (!fits_block_scalar(text)) return double_quoted(text);
  std::string out = "|";
  if (needs_indentation_indicator(text)) out += '2';  // relative to the key
  if (text.back() != '\n') out += '-';
  else if (text == "\n" || text.ends_with("\n\n")) out += '+';
  out += '\n';
  std::string margin(static_cast<std::size_t>(key_column) + 2, ' ');
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty()) out += margin;
    out += line;
    out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace kzsim::scenario
