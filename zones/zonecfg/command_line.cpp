#include "zones/zonecfg/command_line.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace kzsim::zones::zonecfg {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Length of the UTF-8 sequence at the start of `text`, or 0 when it is not one (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length == 0 || text.size() < length) return 0;
  for (std::size_t i = 1; i < length; ++i)
    if ((byte(i) & 0xc0) != 0x80) return 0;
  if ((lead == 0xe0 && byte(1) < 0xa0) || (lead == 0xed && byte(1) > 0x9f) || (lead == 0xf0 && byte(1) < 0x90) ||
      (lead == 0xf4 && byte(1) > 0x8f))
    return 0;
  return length;
}

// Where `line` stops being UTF-8, or npos.
std::size_t first_non_utf8(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = utf8_sequence_length(line.substr(i));
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

// XML 1.0, the format of the zone's configuration repository, holds no control character but
// tab, line feed and carriage return.
bool xml_cannot_hold(char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

}  // namespace

SplitLine split_line(std::string_view line) {
  SplitLine result;
  if (const auto control = std::ranges::find_if(line, xml_cannot_hold); control != line.end()) {
    result.error = fmt::format("byte 0x{:02x} at column {} is a control character; expected text without control "
                               "characters but tab, which the zone's configuration repository (XML) can hold",
                               static_cast<unsigned char>(*control), control - line.begin() + 1);
    return result;
  }
  if (auto at = first_non_utf8(line); at != std::string_view::npos) {
    result.error = fmt::format("byte 0x{:02x} at column {} is not UTF-8 text; expected UTF-8, the encoding of the "
                               "zone's configuration repository",
                               static_cast<unsigned char>(line[at]), at + 1);
    return result;
  }
  Words words;
  std::string word;
  bool in_word = false;
  auto end_word = [&] {
    if (in_word) words.push_back(std::move(word));
    word.clear();
    in_word = false;
  };
  auto end_subcommand = [&] {
    end_word();
    if (!words.empty()) result.subcommands.push_back(std::move(words));
    words.clear();
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"' || c == '\'') {
      auto close = line.find(c, i + 1);
      if (close == std::string_view::npos) {
        result.error = fmt::format("unterminated {} quote in: {}", c == '"' ? "double" : "single", line);
        return result;
      }
      word += line.substr(i + 1, close - i - 1);
      in_word = true;
      i = close;
      if (word.find('"') != std::string::npos && word.find('\'') != std::string::npos) {
        result.error = fmt::format("a value holding both ' and \" ends at column {}; expected at most one kind of "
                                   "quote in a value, so that export can quote it with the other",
                                   close + 1);
        return result;
      }
    } else if (c == ';') {
      end_subcommand();
    } else if (is_blank(c)) {
      end_word();
    } else if (c == '#' && !in_word) {
      break;
    } else {
      word += c;
      in_word = true;
    }
  }
  end_subcommand();
  return result;
}

std::string quote_value(std::string_view value) {
  if (!value.empty() && value.find_first_of(" \t\r;\"'#={}") == std::string_view::npos) return std::string(value);
  char quote = value.find('"') == std::string_view::npos ? '"' : '\'';
  return fmt::format("{}{}{}", quote, value, quote);
}

}  // namespace kzsim::zones::zonecfg
