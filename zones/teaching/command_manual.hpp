#pragma once
// What `help`, `COMMAND --help` and the shell's completion know of each command
// (commands.yaml, embedded at build time): a man-page NAME line, the synopsis kzsim accepts,
// options, subcommands, what the first operand names, and the guide sections using it.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kzsim::zones {

enum class OperandKind { None, Zone, Host, Rule, Command };

struct CommandManual {
  std::string name;
  std::string summary;
  std::vector<std::string> synopsis;
  std::vector<std::string> options;
  std::vector<std::string> zone_options;  // the word after each is a zone name
  std::vector<std::pair<std::string, std::vector<std::string>>> subcommands;  // with their options
  OperandKind operand = OperandKind::None;
  std::vector<std::string> json;   // the forms that take kzsim's --json (zones/host_commands/listing.hpp)
  std::string json_shape;          // what --json prints, when not a listing's rows (zonecfg info)
  std::string json_why_not;        // why a form that looks like a listing (-l, status) takes no --json
  std::string notes;               // what kzsim models of the command, when the synopsis does not say
  std::string resources_of;        // the brand whose zonecfg resources and properties the page lists
  std::vector<std::pair<std::string, std::string>> resources;  // type, one line
  std::vector<std::string> guide;  // guide section titles
  std::string source;

  const std::vector<std::string>* subcommand_options(std::string_view subcommand) const;  // nullptr: none such
  // NAME, SYNOPSIS, (zonecfg) RESOURCE TYPES and PROPERTIES, KZSIM EXTENSIONS, NOTES and SEE
  // ALSO, as `COMMAND --help` prints them.
  std::string page() const;
};

class CommandManuals {
 public:
  // Refuses (InputError at file:line:col) a missing or unknown key, an unknown operand kind and
  // a name used twice.
  static CommandManuals from_yaml(const std::string& file, std::string_view text);
  static const CommandManuals& builtin();

  const std::vector<CommandManual>& all() const { return manuals_; }
  const CommandManual* find(std::string_view name) const;

 private:
  std::vector<CommandManual> manuals_;
};

}  // namespace kzsim::zones
