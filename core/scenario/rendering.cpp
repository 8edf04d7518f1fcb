#include "core/scenario/rendering.hpp"

#include <cctype>
#include <regex>

namespace kzsim::scenario {

namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }
bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// Every occurrence of `from` that is a whole word (no letter, digit or _ on either side).
std::string whole_words_replaced(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    const std::size_t end = at + from.size();
    const bool whole = (at == 0 || !word_char(text[at - 1])) && (end == text.size() || !word_char(text[end]));
    if (!whole) {
      at = end;
      continue;
    }
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

std::string without_whitespace(const std::string& text) {
  std::string out;
  for (char c : text)
    if (!blank(c) && c != '\n' && c != '\r') out += c;
  return out;
}

std::string blanks_collapsed(const std::string& text) {
  std::string out;
  bool pending_blank = false;
  bool line_start = true;
  for (char c : text) {
    if (c == '\n') {
      out += c;
      pending_blank = false;
      line_start = true;
    } else if (blank(c)) {
      pending_blank = !line_start;
    } else {
      if (pending_blank) out += ' ';
      out += c;
      pending_blank = false;
      line_start = false;
    }
  }
  return out;
}

}  // namespace

std::string Rendering::respelled(const std::string& text) const {
  std::string out = text;
  for (const auto& [page, command] : spelling) out = whole_words_replaced(out, page, command);
  return out;
}

std::string Rendering::normalised(const std::string& text, bool expected) const {
  std::string out = expected ? respelled(text) : text;
  if (unnumbered_headings) {
    static const std::regex numbered(R"((^|\n)([ \t]*[a-z][a-z-]*) [0-9]+:(?=\n|$))");
    out = std::regex_replace(out, numbered, "$1$2:");
  }
  if (wrapped_lines) return without_whitespace(out);
  if (collapsed_blanks) return blanks_collapsed(out);
  return out;
}

std::string Rendering::describe() const {
  std::string out;
  auto add = [&out](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  if (wrapped_lines) add("whitespace ignored (lines: wrapped)");
  else if (collapsed_blanks) add("blanks collapsed (blanks: collapsed)");
  if (unnumbered_headings) add("resource numbers left out (headings: unnumbered)");
  for (const auto& [page, command] : spelling) add("'" + page + "' read as '" + command + "'");
  return out;
}

}  // namespace kzsim::scenario
