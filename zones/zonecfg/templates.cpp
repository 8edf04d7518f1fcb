#include "zones/zonecfg/templates.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <fmt/format.h>

#include "core/catalog/yaml_table.hpp"
#include "zones/releases/feature_releases.hpp"

namespace kzsim::embedded {
const std::map<std::string, std::string_view>& zonecfg_files();
}

namespace kzsim::zones::zonecfg {

namespace {

using catalog::TableNode;

bool same_name(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); });
}

void replace_all(std::string& text, std::string_view token, std::string_view value) {
  for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size()))
    text.replace(at, token.size(), value);
}

// `command` with %{zonename} and the %{NAME}s of `values` filled in.
std::string filled(std::string command, std::string_view zonename, const std::map<std::string, std::string>& values) {
  replace_all(command, "%{zonename}", zonename);
  for (const auto& [name, value] : values) replace_all(command, "%{" + name + "}", value);
  return command;
}

// "host-compatible" of "set host-compatible=memlzr"; "" for a line that sets nothing.
std::string_view set_property(std::string_view command) {
  constexpr std::string_view kSet = "set ";
  if (!command.starts_with(kSet)) return {};
  const auto equals = command.find('=');
  return equals == std::string_view::npos ? std::string_view{} : command.substr(kSet.size(), equals - kSet.size());
}

// "suspend" of "add suspend"; "" for another line.
std::string_view added_resource(std::string_view command) {
  constexpr std::string_view kAdd = "add ";
  return command.starts_with(kAdd) && command.find(' ', kAdd.size()) == std::string_view::npos ? command.substr(kAdd.size())
                                                                                                : std::string_view{};
}

std::map<std::string, std::string> read_map(const TableNode& node) {
  std::map<std::string, std::string> values;
  for (const auto& [key, value] : node.entries()) values[key.text()] = value.text();
  return values;
}

ZoneTemplate read_template(const TableNode& entry) {
  entry.only_keys({"name", "source", "values", "needs", "commands"});
  ZoneTemplate zone_template{.name = entry["name"].text(),
                             .source = entry["source"].text(),
                             .commands = entry["commands"].texts(),
                             .values = entry.has("values") ? read_map(entry["values"]) : std::map<std::string, std::string>{},
                             .needs = entry.has("needs") ? read_map(entry["needs"]) : std::map<std::string, std::string>{}};
  for (const std::string& command : zone_template.commands)
    if (filled(command, "zone", zone_template.values).find("%{") != std::string::npos)
      entry["commands"].refuse(fmt::format("only %{{zonename}} and placeholders named in values in '{}'", command));
  for (const auto& [property, feature] : zone_template.needs) {
    try {
      FeatureReleaseTable::builtin().at(feature);
    } catch (const std::out_of_range&) {
      entry["needs"].refuse(fmt::format("a feature of feature_releases.yaml for {}, not '{}'", property, feature));
    }
  }
  return zone_template;
}

}  // namespace

std::vector<ZoneTemplate> read_zone_templates(const std::string& file, std::string_view text) {
  const TableNode table = TableNode::parse(file, text);
  table.only_keys({"templates"});
  std::vector<ZoneTemplate> templates;
  for (const TableNode& entry : table["templates"].items()) templates.push_back(read_template(entry));
  return templates;
}

const std::vector<ZoneTemplate>& zone_templates() {
  static const std::vector<ZoneTemplate> templates =
      read_zone_templates("templates.yaml", embedded::zonecfg_files().at("templates.yaml"));
  return templates;
}

const ZoneTemplate* find_template(std::string_view name) {
  const auto& templates = zone_templates();
  auto it = std::find_if(templates.begin(), templates.end(), [&](const ZoneTemplate& t) { return same_name(t.name, name); });
  return it == templates.end() ? nullptr : &*it;
}

std::string template_commands(const ZoneTemplate& zone_template, std::string_view zonename, const Host& host) {
  const auto lacks = [&](std::string_view name) {
    const auto needs = zone_template.needs.find(std::string(name));
    return needs != zone_template.needs.end() && host_release_refusal(needs->second, host).has_value();
  };
  std::string text;
  int skipped_depth = 0;  // inside a resource the host's release leaves out: add ... end
  for (const std::string& command : zone_template.commands) {
    const std::string_view added = added_resource(command);
    if (skipped_depth > 0) {
      skipped_depth += !added.empty() ? 1 : command == "end" ? -1 : 0;
      continue;
    }
    if (!added.empty() && lacks(added)) {
      skipped_depth = 1;
      continue;
    }
    if (lacks(set_property(command))) continue;
    text += filled(command, zonename, zone_template.values) + "\n";
  }
  return text;
}

}  // namespace kzsim::zones::zonecfg
