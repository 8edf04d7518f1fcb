#include "zones/zonecfg/command_line.hpp"

#include <fmt/format.h>

namespace kzsim::zones::zonecfg {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

SplitLine split_line(std::string_view line) {
  SplitLine result;
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
  if (!value.empty() && value.find_first_of(" \t;\"'#={}") == std::string_view::npos) return std::string(value);
  char quote = value.find('"') == std::string_view::npos ? '"' : '\'';
  return fmt::format("{}{}{}", quote, value, quote);
}

}  // namespace kzsim::zones::zonecfg
