#include "zones/teaching/refusal_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/catalog/yaml_table.hpp"
#include "zones/teaching/teaching_data.hpp"

namespace kzsim::zones {

namespace {

using catalog::TableNode;

// The {name} placeholders of a rule sentence.
std::vector<std::string> placeholders(std::string_view sentence) {
  std::vector<std::string> names;
  for (auto open = sentence.find('{'); open != std::string_view::npos; open = sentence.find('{', open + 1)) {
    const auto close = sentence.find('}', open);
    if (close == std::string_view::npos) break;
    names.emplace_back(sentence.substr(open + 1, close - open - 1));
  }
  return names;
}

RefusalRule read_rule(const TableNode& entry) {
  entry.only_keys({"id", "match", "values", "rule", "section", "page", "source"});
  RefusalRule rule;
  rule.id = entry["id"].text();
  rule.pattern = entry["match"].text();
  try {
    rule.match = std::regex(rule.pattern, std::regex::ECMAScript);
  } catch (const std::regex_error& error) {
    entry["match"].refuse(fmt::format("an ECMAScript regular expression ({})", error.what()));
  }
  rule.values = entry["values"].texts();
  if (rule.match.mark_count() != rule.values.size())
    entry["values"].refuse(fmt::format("one name for each of the {} groups of match", rule.match.mark_count()));
  rule.rule = entry["rule"].text();
  for (const std::string& name : placeholders(rule.rule))
    if (std::ranges::find(rule.values, name) == rule.values.end())
      entry["rule"].refuse(fmt::format("only {{NAME}} placeholders of values, not {{{}}}", name));
  rule.section = entry["section"].text();
  rule.page = entry["page"].text();
  rule.source = entry["source"].text();
  return rule;
}

// The lines of `text` that the span [begin, end) touches.
std::string_view whole_lines(std::string_view text, std::size_t begin, std::size_t end) {
  const auto first = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  const std::size_t from = begin == 0 || first == std::string_view::npos ? 0 : first + 1;
  const auto last = text.find('\n', end == 0 ? 0 : end - 1);
  return text.substr(from, (last == std::string_view::npos ? text.size() : last + 1) - from);
}

}  // namespace

std::string RuleMatch::sentence() const {
  std::string text = rule->rule;
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + name + "}";
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

RefusalRules RefusalRules::from_yaml(const std::string& file, std::string_view text) {
  const TableNode table = TableNode::parse(file, text);
  table.only_keys({"rules"});
  RefusalRules rules;
  std::set<std::string, std::less<>> ids;
  for (const TableNode& entry : table["rules"].items()) {
    RefusalRule rule = read_rule(entry);
    if (!ids.insert(rule.id).second) entry["id"].refuse("an id no other rule has");
    rules.rules_.push_back(std::move(rule));
  }
  return rules;
}

const RefusalRules& RefusalRules::builtin() { return embedded_table<RefusalRules>("refusal_rules.yaml"); }

const RefusalRule* RefusalRules::find(std::string_view id) const { return find_named(rules_, id, &RefusalRule::id); }

std::optional<RuleMatch> RefusalRules::match(std::string_view errors) const {
  std::optional<RuleMatch> best;
  std::ptrdiff_t best_at = -1;
  for (const RefusalRule& rule : rules_) {
    std::cmatch last;
    for (std::cregex_iterator it(errors.data(), errors.data() + errors.size(), rule.match), end; it != end; ++it)
      last = *it;
    if (last.empty() || last.position(0) <= best_at) continue;
    best_at = last.position(0);
    RuleMatch found{&rule, {}, {}};
    for (std::size_t group = 0; group < rule.values.size(); ++group)
      found.values.emplace_back(rule.values[group], last.str(group + 1));
    found.printed = whole_lines(errors, best_at, best_at + last.length(0));
    best = std::move(found);
  }
  return best;
}

}  // namespace kzsim::zones
