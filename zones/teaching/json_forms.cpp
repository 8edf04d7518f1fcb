#include "zones/teaching/json_forms.hpp"

#include <algorithm>

#include "zones/teaching/synopsis_form.hpp"

namespace kzsim::zones {

namespace {

using Words = std::vector<std::string>;

bool fits(const SynopsisForm& form, const CommandManual& manual, const Words& words) {
  const std::size_t name_at = form.prefix.size();
  if (words.size() <= name_at || words[name_at] != manual.name) return false;
  if (!form.prefix.empty() && words.front() != form.prefix.front()) return false;
  WordSet typed;
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
  return std::ranges::any_of(manual.json, [&](const std::string& text) { return fits(SynopsisForm::read(manual, text), manual, words); });
}

}  // namespace kzsim::zones
