#pragma once
// The zone templates a host ships in /etc/zones, written as zonecfg commands (the export form)
// so that applying one runs the same language and rules as a person typing it. "%{zonename}"
// stands for the new zone's name.
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::zones::zonecfg {

struct ZoneTemplate {
  std::string_view name;      // "SYSsolaris-kz"
  std::string_view source;    // where its content comes from
  std::string_view commands;  // zonecfg commands, one a line
};

const std::vector<ZoneTemplate>& zone_templates();

// Template names are matched without regard to case: the guide writes SYSSolaris-kz.
const ZoneTemplate* find_template(std::string_view name);

// The template `create` uses without -t (solaris-facts §5: "Using system default template 'SYSdefault'").
inline constexpr std::string_view kDefaultTemplate = "SYSdefault";

// The template's commands with %{zonename} replaced.
std::string template_commands(const ZoneTemplate& zone_template, std::string_view zonename);

}  // namespace kzsim::zones::zonecfg
