#include "zones/teaching/command_manual.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "core/catalog/yaml_table.hpp"
#include "zones/zonecfg/resource_specs.hpp"
#include "zones/teaching/teaching_data.hpp"

namespace kzsim::zones {

namespace {

using catalog::TableNode;

std::vector<std::string> texts_or_none(const TableNode& entry, std::string_view key) {
  return entry.has(key) ? entry[key].texts() : std::vector<std::string>{};
}

OperandKind operand_kind(const TableNode& node) {
  static const std::map<std::string, OperandKind, std::less<>> kinds = {
      {"zone", OperandKind::Zone}, {"host", OperandKind::Host}, {"rule", OperandKind::Rule},
      {"command", OperandKind::Command}};
  const auto found = kinds.find(node.text());
  if (found == kinds.end()) node.refuse("zone, host, rule or command");
  return found->second;
}

CommandManual read_manual(const TableNode& entry) {
  entry.only_keys({"name", "summary", "synopsis", "options", "zone-options", "subcommands", "operand", "json",
                   "json-shape", "json-why-not", "notes", "resources-of", "resources", "guide", "source"});
  CommandManual manual;
  manual.name = entry["name"].text();
  manual.summary = entry["summary"].text();
  manual.synopsis = entry["synopsis"].texts();
  if (manual.synopsis.empty()) entry["synopsis"].refuse("at least one synopsis line");
  manual.options = texts_or_none(entry, "options");
  manual.zone_options = texts_or_none(entry, "zone-options");
  if (entry.has("subcommands"))
    for (const auto& [name, options] : entry["subcommands"].entries())
      manual.subcommands.emplace_back(name.text(), options.texts());
  if (entry.has("operand")) manual.operand = operand_kind(entry["operand"]);
  manual.json = texts_or_none(entry, "json");
  if (entry.has("json-shape")) manual.json_shape = entry["json-shape"].text();
  if (entry.has("json-why-not")) manual.json_why_not = entry["json-why-not"].text();
  if (entry.has("notes")) manual.notes = entry["notes"].text();
  if (entry.has("resources-of")) {
    manual.resources_of = entry["resources-of"].text();
    const zonecfg::BrandSpec* brand = zonecfg::find_brand(manual.resources_of);
    if (brand == nullptr) entry["resources-of"].refuse("a brand zonecfg knows (solaris-kz or solaris)");
    for (const auto& [type, summary] : entry["resources"].entries()) {
      if (brand->resource(type.text()) == nullptr) type.refuse(fmt::format("a resource type of {}", brand->brand));
      manual.resources.emplace_back(type.text(), summary.text());
    }
    for (const zonecfg::ResourceSpec& spec : brand->resources)
      if (std::ranges::none_of(manual.resources, [&](const auto& resource) { return resource.first == spec.type; }))
        entry["resources"].refuse(fmt::format("a line for every resource type of {}, {} too", brand->brand, spec.type));
  }
  manual.guide = texts_or_none(entry, "guide");
  manual.source = entry["source"].text();
  return manual;
}

constexpr std::string_view kListingShape =
    "--json (kzsim, not Solaris) prints the listing as a JSON array with one object a row, keyed by the column names "
    "in lower case; numbers are numbers, a value the text shows as - is null.";

// `text` as a man page's paragraph after `indent`, its words wrapped at 72 columns.
std::string paragraph(std::string_view text, std::string_view indent) {
  std::string out, line;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    const std::string_view word = text.substr(at, end - at);
    if (!line.empty() && line.size() + 1 + word.size() > 72) {
      out += std::string(indent) + line + "\n";
      line.clear();
    }
    if (!word.empty()) line += (line.empty() ? "" : " ") + std::string(word);
    at = end + 1;
  }
  return line.empty() ? out : out + std::string(indent) + line + "\n";
}

// zonecfg(8)'s Resources and Properties sections: a line a resource type, then the global
// properties a line each and a line a resource type naming its properties.
std::string resource_sections(const CommandManual& manual) {
  const zonecfg::BrandSpec& brand = *zonecfg::find_brand(manual.resources_of);
  std::string text = fmt::format("\nRESOURCE TYPES ({} brand)\n", brand.brand);
  for (const auto& [type, summary] : manual.resources) text += fmt::format("     {:<16} {}\n", type, summary);
  text += "\nPROPERTIES\n";
  for (std::string_view name : {std::string_view("zonename"), std::string_view("brand")})
    text += fmt::format("     {:<16} {}\n", "(global)", name);
  for (const zonecfg::PropertySpec& property : brand.globals) text += fmt::format("     {:<16} {}\n", "(global)", property.name);
  for (const zonecfg::ResourceSpec& spec : brand.resources) {
    std::string line = fmt::format("     {:<16}", spec.type);
    for (std::size_t i = 0; i < spec.properties.size(); ++i) {
      const std::string name = fmt::format(" {}{}", spec.properties[i].name, i + 1 < spec.properties.size() ? "," : "");
      if (line.size() + name.size() > 78) {  // wrapped under the first property, as man(1) does
        text += line + "\n";
        line = std::string(21, ' ');
      }
      line += name;
    }
    text += line + "\n";
  }
  return text;
}

}  // namespace

const std::vector<std::string>* CommandManual::subcommand_options(std::string_view subcommand) const {
  const auto found = std::ranges::find(subcommands, subcommand, &std::pair<std::string, std::vector<std::string>>::first);
  return found == subcommands.end() ? nullptr : &found->second;
}

std::string CommandManual::page() const {
  std::string text = fmt::format("NAME\n     {} - {}\n\nSYNOPSIS\n", name, summary);
  for (const std::string& line : synopsis) text += fmt::format("     {}\n", line);
  if (!resources_of.empty()) text += resource_sections(*this);
  if (!json.empty()) {
    text += "\nKZSIM EXTENSIONS\n";
    for (const std::string& line : json) text += fmt::format("     {}\n", line);
    text += paragraph(json_shape.empty() ? kListingShape : json_shape, "          ");
  }
  if (!notes.empty()) text += "\nNOTES\n" + paragraph(notes, "     ");
  if (!guide.empty()) {
    text += "\nSEE ALSO\n";
    for (const std::string& section : guide) text += fmt::format("     guide: \"{}\"\n", section);
  }
  return text;
}

CommandManuals CommandManuals::from_yaml(const std::string& file, std::string_view text) {
  const TableNode table = TableNode::parse(file, text);
  table.only_keys({"commands"});
  CommandManuals manuals;
  for (const TableNode& entry : table["commands"].items()) {
    CommandManual manual = read_manual(entry);
    if (manuals.find(manual.name) != nullptr) entry["name"].refuse("a name no other command has");
    manuals.manuals_.push_back(std::move(manual));
  }
  return manuals;
}

const CommandManuals& CommandManuals::builtin() { return embedded_table<CommandManuals>("commands.yaml"); }

const CommandManual* CommandManuals::find(std::string_view name) const {
  return find_named(manuals_, name, &CommandManual::name);
}

}  // namespace kzsim::zones
