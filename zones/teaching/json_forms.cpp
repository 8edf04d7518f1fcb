#include "zones/teaching/json_forms.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace kzsim::zones {

namespace {

using Words = std::vector<std::string>;

// What one json: form allows, read from its synopsis notation.
struct Form {
  Words prefix;                               // the words before the command's name: zlogin zonename
  std::set<std::string, std::less<>> named;   // the subcommands and options it names
  std::set<std::string, std::less<>> valued;  // the options followed by their value
  std::vector<std::set<std::string, std::less<>>> required;  // one word of each set, outside [ ]
  bool operands = false;
};

bool is_option(std::string_view word) { return word.size() > 1 && word.starts_with('-'); }

// -cipsv (a cluster of one-letter options) as -c -i -p -s -v.
Words options_of(std::string_view word) {
  if (word.starts_with("--") || word.size() <= 2) return {std::string(word)};
  Words letters;
  for (char letter : word.substr(1)) letters.push_back(std::string("-") + letter);
  return letters;
}

Words split(std::string_view text) {
  Words words;
  for (std::size_t at = 0; at < text.size();) {
    const auto end = std::min(text.find(' ', at), text.size());
    if (end > at) words.emplace_back(text.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

Form read_form(const CommandManual& manual, std::string_view text) {
  Form form;
  bool named_command = false;
  int depth = 0;                  // of [ ]
  std::size_t alternatives = 0;   // the `required` set of the { | } group being read
  bool in_alternatives = false;
  std::string last_option;        // the option a value word would belong to
  for (const std::string& token : split(text)) {
    if (token == "|") continue;
    std::size_t at = 0;
    for (; at < token.size() && (token[at] == '[' || token[at] == '{'); ++at) {
      if (token[at] == '[') {
        ++depth;
      } else if (depth == 0) {
        in_alternatives = true;
        alternatives = form.required.size();
        form.required.emplace_back();
      }
    }
    const std::string_view rest = std::string_view(token).substr(at);
    const std::string word(rest.substr(0, rest.find_first_of("[]{}")));
    if (!named_command) {
      named_command = word == manual.name;
      if (!named_command) form.prefix.push_back(word);
    } else if (is_option(word) || manual.subcommand_options(word) != nullptr) {
      for (const std::string& named : is_option(word) ? options_of(word) : Words{word}) {
        form.named.insert(named);
        if (depth > 0 || named == "--json") continue;
        if (in_alternatives) form.required[alternatives].insert(named);
        else form.required.push_back({named});
      }
      // "[-H]" closes its bracket: the next word is an operand, not the option's value.
      const bool closed = rest.size() > word.size();
      last_option = is_option(word) && !closed ? options_of(word).back() : "";
    } else if (!word.empty()) {
      if (last_option.empty()) form.operands = true;
      else form.valued.insert(last_option);
      last_option.clear();
    }
    depth -= static_cast<int>(std::ranges::count(rest, ']') - std::ranges::count(rest, '['));
    if (rest.find('}') != std::string_view::npos) in_alternatives = false;
  }
  return form;
}

bool fits(const Form& form, const CommandManual& manual, const Words& words) {
  const std::size_t name_at = form.prefix.size();
  if (words.size() <= name_at || words[name_at] != manual.name) return false;
  if (!form.prefix.empty() && words.front() != form.prefix.front()) return false;
  std::set<std::string, std::less<>> typed;
  for (std::size_t at = name_at + 1; at < words.size(); ++at) {
    const std::string& word = words[at];
    if (word == "--json") continue;
    if (is_option(word)) {
      const Words options = options_of(word);
      for (const std::string& option : options) {
        if (!form.named.contains(option)) return false;
        typed.insert(option);
      }
      if (form.valued.contains(options.back()) && ++at == words.size()) return false;  // its value is still to come
    } else if (manual.subcommand_options(word) != nullptr) {
      if (!form.named.contains(word)) return false;
      typed.insert(word);
    } else if (!form.operands) {
      return false;
    }
  }
  return std::ranges::all_of(form.required, [&](const auto& one_of) {
    return one_of.empty() || std::ranges::any_of(one_of, [&](const std::string& word) { return typed.contains(word); });
  });
}

}  // namespace

bool takes_json(const CommandManual& manual, const Words& words) {
  return std::ranges::any_of(manual.json, [&](const std::string& text) { return fits(read_form(manual, text), manual, words); });
}

}  // namespace kzsim::zones
