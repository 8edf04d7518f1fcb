// explain [--rules | RULE]: which rule the latest refusal in this world shows, with the values it
// refused and the guide section that states it; or every rule explain knows (--json: rows
// {"rule", "section", "page"}); or one of them.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/teaching/refusal_rules.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

std::string indented(std::string_view lines) {
  std::string text;
  for (std::size_t at = 0; at < lines.size();) {
    const auto end = lines.find('\n', at);
    const auto line = lines.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    text += fmt::format("  {}\n", line);
    at = end == std::string_view::npos ? lines.size() : end + 1;
  }
  return text;
}

std::string guide_line(const RefusalRule& rule) {
  return fmt::format("  guide: \"{}\", page {}\n", rule.section, rule.page);
}

std::string explain_refusal(const CommandRefusal& refusal) {
  const auto found = RefusalRules::builtin().match(refusal.errors);
  const std::string heading = fmt::format("{} (on {}, exit {})", refusal.command, refusal.host, refusal.exit);
  if (refusal.errors.empty())
    return heading + " printed nothing on standard error, where explain reads a refusal.\n";
  std::string text = fmt::format("{} printed:\n{}", heading, indented(found ? found->printed : refusal.errors));
  if (!found) return text + "No rule explain knows matches this; 'explain --rules' lists them.\n";
  text += fmt::format("Rule {}: {}.\n", found->rule->id, found->sentence());
  std::string values;
  for (const auto& [name, value] : found->values) values += fmt::format("{}{}={}", values.empty() ? "" : ", ", name, value);
  if (!values.empty()) text += fmt::format("  values: {}\n", values);
  return text + guide_line(*found->rule);
}

std::string explain_rule(const RefusalRule& rule) {
  std::string names;
  for (const std::string& name : rule.values) names += fmt::format("{}{}", names.empty() ? "" : ", ", name);
  return fmt::format("Rule {}: {}.\n{}{}  source: {}\n", rule.id, rule.rule,
                     names.empty() ? "" : fmt::format("  values: {}\n", names), guide_line(rule), rule.source);
}

int run_explain(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  const RefusalRules& rules = RefusalRules::builtin();
  if (call.args.size() == 1) {
    const auto& refusal = context.world.last_refusal();
    call.out(refusal ? explain_refusal(*refusal) : "No command has been refused yet.\n");
    return 0;
  }
  if (call.args.size() == 2 && call.args[1] == "--rules") {
    Listing rows;
    for (const RefusalRule& rule : rules.rules())
      rows.push_back({{"rule", rule.id}, {"section", rule.section}, {"page", rule.page}});
    print_listing(call, json, rows, [](const Listing& listed) {
      std::string text;
      for (const ListingRow& row : listed) {
        const auto cells = cell_texts(row);
        text += fmt::format("{:<40} \"{}\", page {}\n", cells[0], cells[1], cells[2]);
      }
      return text;
    });
    return 0;
  }
  if (call.args.size() == 2 && !call.args[1].starts_with('-')) {
    if (const RefusalRule* rule = rules.find(call.args[1])) {
      call.out(explain_rule(*rule));
      return 0;
    }
    call.err(fmt::format("explain: unknown rule '{}'; expected an id that 'explain --rules' lists\n", call.args[1]));
    return 2;
  }
  call.err("usage: explain [--rules [--json] | RULE]\n");
  return 2;
}

const bool registered = register_command("explain", run_explain);

}  // namespace

}  // namespace kzsim::zones
