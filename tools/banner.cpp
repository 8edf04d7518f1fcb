#include "tools/banner.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace kzsim::tools {

namespace {
constexpr std::size_t kHostLines = 12;  // with the other lines, one 24-line screen
}

std::string_view version() { return KZSIM_VERSION; }

std::string banner(const zones::World& world, const shell::Caller& caller) {
  std::string text = fmt::format(
      "kzsim {}: simulated Oracle Solaris kernel-zone hosts, no real machine\n"
      "You are {} on {}. Hosts:\n",
      version(), caller.user, caller.host);
  const auto& names = world.host_names();
  const std::size_t shown = std::min(names.size(), kHostLines);
  for (std::size_t i = 0; i < shown; ++i) {
    const zones::Host& host = *world.find_host(names[i]);
    text += fmt::format("  {:<15} {}, Solaris {}, {} zone{}\n", host.name, host.model->id, host.os.text(),
                        host.zones.size(), host.zones.size() == 1 ? "" : "s");
  }
  if (shown < names.size()) text += fmt::format("  ... and {} more hosts\n", names.size() - shown);
  text +=
      "  help            the commands; help CMD (or CMD --help): one command's page\n"
      "  explain         after a refused command: the rule and the guide's section\n"
      "  ssh HOST        a session on another host, until its exit\n"
      "  Tab completes; Ctrl-C drops the line or stops the command;\n"
      "  exit or Ctrl-D leaves.\n\n";
  return text;
}

}  // namespace kzsim::tools
