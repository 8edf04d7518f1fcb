#include "zones/teaching/shell_vocabulary.hpp"

#include <algorithm>

#include "core/shell/builtins.hpp"
#include "zones/commands.hpp"
#include "zones/teaching/command_manual.hpp"
#include "zones/teaching/json_forms.hpp"
#include "zones/teaching/refusal_rules.hpp"
#include "zones/teaching/synopsis_form.hpp"
#include "zones/zonecfg/resource_specs.hpp"
#include "zones/zonecfg/templates.hpp"

namespace kzsim::zones {

namespace {

using Words = std::vector<std::string>;

bool contains(const Words& words, std::string_view word) { return std::ranges::find(words, word) != words.end(); }

Words concatenated(Words first, const Words& second) {
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

Words zone_names(const Host* host) {
  Words names;
  if (host != nullptr)
    for (const auto& [name, zone] : host->zones) names.push_back(name);
  return names;
}

// `next` without the options the command's words `before` (its name or subcommand first) have
// already given, unless its synopsis lets them repeat (commands.yaml: "[-d option]...").
Words without_given_options(Words next, const Words& before, const CommandManual& manual) {
  WordSet given;
  for (auto word = before.begin() + 1; word < before.end(); ++word)
    if (is_option(*word))
      for (std::string& option : options_of(*word)) given.insert(std::move(option));
  const WordSet repeating = repeating_options(manual);
  std::erase_if(next, [&](const std::string& word) { return given.contains(word) && !repeating.contains(word); });
  return next;
}

Words command_and_builtin_names() {
  Words names = command_names();
  for (std::string_view name : shell::builtin_names()) names.emplace_back(name);
  return names;
}

// What zonecfg accepts for `zone` (its brand's resources and properties) in the resource scopes
// `scopes` (outermost first; none for the global scope).
std::unique_ptr<shell::Vocabulary> zonecfg_vocabulary(const Host* host, const std::string& zone, Words scopes);

class CommandLineVocabulary : public shell::Vocabulary {
 public:
  CommandLineVocabulary(const World& world, const Host* host) : world_(world), host_(host) {}

  Words next_words(const Words& before) const override {
    if (before.empty()) return command_and_builtin_names();
    const CommandManual* manual = CommandManuals::builtin().find(before.front());
    if (manual == nullptr) return {};
    Words next = words_after(*manual, before);
    if (takes_json(command_run(*manual, before), before)) next.emplace_back("--json");
    return without_given_options(std::move(next), before, *manual);
  }

  // ssh [user@]host COMMAND: the commands, zones and zonecfg brands of that host.
  std::unique_ptr<shell::Vocabulary> on_host(std::string_view destination) const override {
    const auto at = destination.find('@');
    const std::string_view host = at == std::string_view::npos ? destination : destination.substr(at + 1);
    return std::make_unique<CommandLineVocabulary>(world_, world_.find_host(host));
  }

  // zonecfg -z ZONE 'SUBCOMMAND...: zonecfg's, from its global scope.
  std::unique_ptr<shell::Vocabulary> quoted(const Words& before) const override {
    const auto zone_option = std::ranges::find(before, "-z");
    if (before.empty() || before.front() != "zonecfg" || zone_option == before.end() || zone_option + 1 == before.end())
      return nullptr;
    return zonecfg_vocabulary(host_, *(zone_option + 1), {});
  }

 private:
  // The command's subcommands, options and operands that may follow `before`.
  Words words_after(const CommandManual& manual, const Words& before) const {
    if (contains(manual.zone_options, before.back())) return zone_names(host_);
    for (auto word = before.begin() + 1; word != before.end(); ++word)
      if (const Words* options = manual.subcommand_options(*word)) return *options;
    const bool operand_given = std::ranges::any_of(before.begin() + 1, before.end(),
                                                   [](const std::string& word) { return !word.starts_with('-'); });
    if (operand_given && manual.operand != OperandKind::None) return {};  // zlogin kz1 ...: the guest's words
    Words next = manual.options;
    for (const auto& [subcommand, options] : manual.subcommands) next.push_back(subcommand);
    if (!operand_given)
      for (std::string& operand : operands(manual.operand)) next.push_back(std::move(operand));
    return next;
  }

  // The command the words run: the guest's after zlogin ZONE, else the one typed.
  static const CommandManual& command_run(const CommandManual& manual, const Words& before) {
    if (manual.operand != OperandKind::Zone) return manual;
    const auto zone = std::ranges::find_if(before.begin() + 1, before.end(),
                                           [](const std::string& word) { return !word.starts_with('-'); });
    if (zone == before.end() || zone + 1 == before.end()) return manual;
    const CommandManual* guest = CommandManuals::builtin().find(*(zone + 1));
    return guest != nullptr ? *guest : manual;
  }

  Words operands(OperandKind kind) const {
    switch (kind) {
      case OperandKind::Zone: return zone_names(host_);
      case OperandKind::Host: return world_.host_names();
      case OperandKind::Command: return command_and_builtin_names();
      case OperandKind::Rule: {
        Words ids;
        for (const RefusalRule& rule : RefusalRules::builtin().rules()) ids.push_back(rule.id);
        return ids;
      }
      case OperandKind::None: break;
    }
    return {};
  }

  const World& world_;
  const Host* host_;
};

// zonecfg's interactive prompt, or a quoted zonecfg command line: the zone and the resource
// scopes being edited, which its prompt shows or the quoted line's earlier subcommands open
// and close (after()).
class ZonecfgVocabulary : public shell::Vocabulary {
 public:
  ZonecfgVocabulary(const zonecfg::BrandSpec* brand, Words scopes) : brand_(brand), scopes_(std::move(scopes)) {}

  // add or select of a resource type opens its scope, end and cancel close the innermost.
  std::unique_ptr<shell::Vocabulary> after(const Words& command) const override {
    if (command.empty()) return nullptr;
    Words scopes = scopes_;
    const std::string& subcommand = command.front();
    if ((subcommand == "add" || subcommand == "select") && command.size() > 1 && contains(resource_types(), command[1]))
      scopes.push_back(command[1]);
    else if ((subcommand == "end" || subcommand == "cancel") && !scopes.empty())
      scopes.pop_back();
    else
      return nullptr;
    return std::make_unique<ZonecfgVocabulary>(brand_, std::move(scopes));
  }

  Words next_words(const Words& before) const override {
    const CommandManual& manual = *CommandManuals::builtin().find("zonecfg");
    if (before.empty()) {
      Words subcommands;
      for (const auto& [subcommand, options] : manual.subcommands) subcommands.push_back(subcommand);
      return subcommands;
    }
    const std::string& subcommand = before.front();
    if (subcommand == "create" && before.back() == "-t") {
      Words names;
      for (const auto& zone_template : zonecfg::zone_templates()) names.emplace_back(zone_template.name);
      return names;
    }
    if (before.size() > 1 || brand_ == nullptr) {
      const Words* options = manual.subcommand_options(subcommand);
      return options ? without_given_options(*options, before, manual) : Words{};
    }
    if (subcommand == "set") return property_names("=");
    if (subcommand == "clear") return property_names("");
    if (subcommand == "add" || subcommand == "select" || subcommand == "remove" || subcommand == "info")
      return scopes_.empty() ? resource_types() : concatenated(property_names(""), resource_types());
    const Words* options = manual.subcommand_options(subcommand);
    return options ? *options : Words{};
  }

 private:
  // The resource types this scope holds: the top-level ones, or those nested in the open one.
  Words resource_types() const {
    Words types;
    if (brand_ == nullptr) return types;
    if (!scopes_.empty()) {
      if (const zonecfg::ResourceSpec* open = brand_->resource(scopes_.back()))
        for (std::string_view child : open->children) types.emplace_back(child);
      return types;
    }
    for (const zonecfg::ResourceSpec& resource : brand_->resources)
      if (!brand_->nested(resource.type)) types.emplace_back(resource.type);
    return types;
  }

  // In a resource scope its properties; in the global scope the global ones and, as
  // RESOURCE:PROPERTY, those of the resources there is one of (capped-memory:physical).
  Words property_names(std::string_view suffix) const {
    Words names;
    const auto add = [&](std::string_view prefix, const std::vector<zonecfg::PropertySpec>& properties) {
      for (const zonecfg::PropertySpec& property : properties)
        names.push_back(std::string(prefix) + std::string(property.name) + std::string(suffix));
    };
    if (!scopes_.empty()) {
      if (const zonecfg::ResourceSpec* resource = brand_->resource(scopes_.back())) add("", resource->properties);
      return names;
    }
    add("", brand_->globals);
    for (const zonecfg::ResourceSpec& resource : brand_->resources)
      if (resource.singleton && !brand_->nested(resource.type))
        add(std::string(resource.type) + ":", resource.properties);
    return names;
  }

  const zonecfg::BrandSpec* brand_;
  Words scopes_;
};

std::unique_ptr<shell::Vocabulary> zonecfg_vocabulary(const Host* host, const std::string& zone, Words scopes) {
  std::string brand = ZoneConfig{}.brand;
  if (host != nullptr)
    if (const auto found = host->zones.find(zone); found != host->zones.end()) brand = found->second.config.brand;
  return std::make_unique<ZonecfgVocabulary>(zonecfg::find_brand(brand), std::move(scopes));
}

}  // namespace

std::unique_ptr<shell::Vocabulary> shell_vocabulary(const World& world, std::string_view host_name,
                                                    std::string_view prompt) {
  const Host* host = world.find_host(host_name);
  constexpr std::string_view kZonecfg = "zonecfg:";
  if (!prompt.starts_with(kZonecfg)) return std::make_unique<CommandLineVocabulary>(world, host);
  // "zonecfg:ZONE[:RESOURCE...]> "
  std::string_view names = prompt.substr(kZonecfg.size());
  names = names.substr(0, names.find('>'));
  Words zone_and_scopes;
  for (std::size_t at = 0; at <= names.size();) {
    const auto colon = std::min(names.find(':', at), names.size());
    zone_and_scopes.emplace_back(names.substr(at, colon - at));
    at = colon + 1;
  }
  const std::string zone = zone_and_scopes.front();
  return zonecfg_vocabulary(host, zone, Words(zone_and_scopes.begin() + 1, zone_and_scopes.end()));
}

}  // namespace kzsim::zones
