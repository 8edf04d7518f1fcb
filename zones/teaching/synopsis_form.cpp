#include "zones/teaching/synopsis_form.hpp"

#include <algorithm>

namespace kzsim::zones {

namespace {

using Words = std::vector<std::string>;

Words split(std::string_view text) {
  Words words;
  for (std::size_t at = 0; at < text.size();) {
    const auto end = std::min(text.find(' ', at), text.size());
    if (end > at) words.emplace_back(text.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

// The [ ] groups open while a form is read, each with the options it holds.
class Groups {
 public:
  void open() { groups_.emplace_back(); }
  // Closes the innermost group; its options repeat when `repeats`, and belong to the group
  // around it too ("[[-H] [-o col]]...").
  void close(bool repeats, WordSet& repeated) {
    if (groups_.empty()) return;
    Words closed = std::move(groups_.back());
    groups_.pop_back();
    if (repeats) repeated.insert(closed.begin(), closed.end());
    if (!groups_.empty()) groups_.back().insert(groups_.back().end(), closed.begin(), closed.end());
  }
  void add(const std::string& option) {
    if (!groups_.empty()) groups_.back().push_back(option);
  }
  int depth() const { return static_cast<int>(groups_.size()); }

 private:
  std::vector<Words> groups_;
};

}  // namespace

bool is_option(std::string_view word) { return word.size() > 1 && word.starts_with('-'); }

Words options_of(std::string_view word) {
  if (word.starts_with("--") || word.size() <= 2) return {std::string(word)};
  Words letters;
  for (char letter : word.substr(1)) letters.push_back(std::string("-") + letter);
  return letters;
}

SynopsisForm SynopsisForm::read(const CommandManual& manual, std::string_view text) {
  SynopsisForm form;
  bool named_command = false;
  Groups groups;
  std::size_t alternatives = 0;   // the `required` set of the { | } group being read
  bool in_alternatives = false;
  std::string last_option;        // the option a value word would belong to
  for (const std::string& token : split(text)) {
    if (token == "|") continue;
    std::size_t at = 0;
    for (; at < token.size() && (token[at] == '[' || token[at] == '{'); ++at) {
      if (token[at] == '[') {
        groups.open();
      } else if (groups.depth() == 0) {
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
        if (is_option(named)) groups.add(named);
        if (groups.depth() > 0 || named == "--json") continue;
        if (in_alternatives) form.required[alternatives].insert(named);
        else form.required.push_back({named});
      }
      // "[-H]" closes its bracket: the next word is an operand, not the option's value.
      const bool closed = rest.size() > word.size();
      last_option = is_option(word) && !closed ? options_of(word).back() : "";
    } else if (!word.empty()) {
      if (last_option.empty()) form.operands = true;
      else form.valued.insert(last_option);
      if (!last_option.empty() && word.ends_with("...") && !word.ends_with(",...")) form.repeated.insert(last_option);
      last_option.clear();
    }
    const std::string_view tail = rest.substr(word.size());
    for (std::size_t c = 0; c < tail.size(); ++c) {
      if (tail[c] == '[') groups.open();
      else if (tail[c] == ']') groups.close(tail.substr(c + 1).starts_with("..."), form.repeated);
    }
    if (rest.find('}') != std::string_view::npos) in_alternatives = false;
  }
  return form;
}

WordSet repeating_options(const CommandManual& manual) {
  WordSet repeated;
  for (const auto* lines : {&manual.synopsis, &manual.json})
    for (const std::string& line : *lines) repeated.merge(SynopsisForm::read(manual, line).repeated);
  return repeated;
}

}  // namespace kzsim::zones
