#pragma once
// The zone templates a host ships in /etc/zones (templates.yaml), written as zonecfg commands (the
// export form) so that applying one runs the same language and rules as a person typing it.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::zones {
struct Host;
}

namespace kzsim::zones::zonecfg {

struct ZoneTemplate {
  std::string name;                           // "SYSsolaris-kz"
  std::string source;                         // where its content comes from
  std::vector<std::string> commands;          // zonecfg commands, with %{zonename} and %{NAME} of values
  std::map<std::string, std::string> values;  // "ncpus" -> "4"
  std::map<std::string, std::string> needs;   // property -> feature of zones/releases its host needs
};

const std::vector<ZoneTemplate>& zone_templates();

// Reads templates.yaml's form; refuses what does not fit it, naming file, line and column.
std::vector<ZoneTemplate> read_zone_templates(const std::string& file, std::string_view text);

// Template names are matched without regard to case: the guide writes SYSSolaris-kz.
const ZoneTemplate* find_template(std::string_view name);

// The template `create` uses without -t (solaris-facts §5: "Using system default template 'SYSdefault'").
inline constexpr std::string_view kDefaultTemplate = "SYSdefault";

// The template's commands for a zone named `zonename` on `host`, one a line: placeholders filled
// in, without the properties whose feature the host's release lacks.
std::string template_commands(const ZoneTemplate& zone_template, std::string_view zonename, const Host& host);

}  // namespace kzsim::zones::zonecfg
