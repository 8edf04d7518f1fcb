#pragma once
// The refusals `explain` knows (refusal_rules.yaml, embedded at build time): for each, a pattern
// over what the refused command printed on standard error, the rule it shows, the values it
// refused, and the guide section that states the rule.
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kzsim::zones {

struct RefusalRule {
  std::string id;       // "zonecfg.memory-increment"
  std::string pattern;  // as written in the table
  std::regex match;
  std::vector<std::string> values;  // names of the pattern's groups, in order
  std::string rule;                 // with {name} for each value
  std::string section;              // guide section title
  std::string page;                 // "2-4"
  std::string source;
};

struct RuleMatch {
  const RefusalRule* rule = nullptr;
  std::vector<std::pair<std::string, std::string>> values;  // in the rule's order
  std::string printed;  // the whole lines of the refusal the rule matched
  std::string sentence() const;  // the rule with its values filled in
};

class RefusalRules {
 public:
  // Refuses (InputError at file:line:col) a missing or unknown key, a pattern that is not a
  // regular expression, a group count that differs from `values`, a {name} that is no value,
  // and an id used twice.
  static RefusalRules from_yaml(const std::string& file, std::string_view text);
  static const RefusalRules& builtin();

  const std::vector<RefusalRule>& rules() const { return rules_; }
  const RefusalRule* find(std::string_view id) const;
  // The rule of the latest refusal in `errors` (a command's standard error), or nothing when no
  // rule matches.
  std::optional<RuleMatch> match(std::string_view errors) const;

 private:
  std::vector<RefusalRule> rules_;
};

}  // namespace kzsim::zones
