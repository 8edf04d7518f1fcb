// zonecfg: configure a zone interactively, from subcommands in the arguments, or from a
// command file (-f FILE, -f - for standard input); -r edits a running zone's live
// configuration.
#include <fmt/format.h>

#include "core/catalog/catalog.hpp"
#include "core/shell/paths.hpp"
#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/host_commands/rights_commands.hpp"
#include "zones/zonecfg/host_facts.hpp"
#include "zones/zonecfg/session.hpp"

namespace kzsim::zones {

namespace {

using zonecfg::Outcome;
using zonecfg::Session;

constexpr std::string_view kUsage = "usage: zonecfg -z <zone> [-r] [-f <command-file> | <subcommand>[;<subcommand>...]]";

// Root; the Zone Configuration profile through pfexec/pfbash; the solaris.zone.config
// authorization (for every zone or this one); or `config` in the zone's admin resource.
bool may_configure(const Host& host, const shell::Caller& caller, std::string_view zone) {
  return (caller.with_profiles && host.accounts.has_profile(caller.user, "Zone Configuration")) ||
         zone_authorized(host, caller.user, "config", zone);
}

// Runs one line's subcommands; false when one failed (the rest of the line is skipped).
Outcome run_line(Session& session, std::string_view line, shell::Invocation& call) {
  zonecfg::SplitLine split = zonecfg::split_line(line);
  if (!split.error.empty()) {
    call.err(split.error + "\n");
    return Outcome::SyntaxError;
  }
  for (const auto& words : split.subcommands) {
    Outcome outcome = session.run(words);
    if (outcome != Outcome::Ok || session.finished()) return outcome;
  }
  return Outcome::Ok;
}

int run_file(Session& session, const std::string& text, std::string_view file, shell::Invocation& call) {
  std::size_t start = 0;
  for (int line_number = 1; start < text.size() && !session.finished(); ++line_number) {
    auto end = text.find('\n', start);
    std::string_view line(text.data() + start, (end == std::string::npos ? text.size() : end) - start);
    start = end == std::string::npos ? text.size() : end + 1;
    Outcome outcome = run_line(session, line, call);
    if (outcome == Outcome::SyntaxError) call.err(fmt::format("syntax error on line {} of {}\n", line_number, file));
    if (outcome != Outcome::Ok) return 1;
  }
  return session.finish() == Outcome::Ok ? 0 : 1;
}

int run_interactive(Session& session, shell::Invocation& call) {
  if (!session.exists()) call.err("Use 'create' to begin configuring a new zone.\n");
  bool failed = false;
  while (!session.finished()) {
    auto line = call.input.read_line(session.prompt());
    if (!line) return session.finish() == Outcome::Ok && !failed ? 0 : 1;
    failed = run_line(session, *line, call) != Outcome::Ok || failed;
  }
  return failed ? 1 : 0;
}

int run_zonecfg(CommandContext& context) {
  shell::Invocation& call = context.call;
  auto options = parse_options(call, "r", "zf", kUsage);
  if (!options) return 2;
  auto zone = options->values.find('z');
  if (zone == options->values.end()) {
    call.err(fmt::format("zonecfg: no zone given; expected -z <zone>\n{}\n", kUsage));
    return 2;
  }
  zonecfg::Checked name = zonecfg::check_zonename(zone->second);
  if (!name.ok()) {
    call.err(fmt::format("zonecfg: {}\n", name.error));
    return 2;
  }
  if (!may_configure(context.host, call.caller, zone->second)) {
    call.err(fmt::format("zonecfg: user {} is not authorized to configure zone {}; expected root, the Zone Configuration "
                         "rights profile (through pfexec or pfbash) or the solaris.zone.config authorization\n",
                         call.caller.user, zone->second));
    return 1;
  }
  Session session(context.host, zone->second, options->has('r'),
                  zonecfg::host_facts(context.host, catalog::Catalog::builtin()), call);
  if (!session.usable()) return 1;
  if (auto file = options->values.find('f'); file != options->values.end()) {
    if (file->second == "-") return run_file(session, call.input.read_all(), "-", call);
    std::string path = shell::resolve_path(call.caller.user, file->second);
    auto text = context.host.files.read(path);
    if (text) return run_file(session, *text, file->second, call);
    call.err(fmt::format("zonecfg: could not open command file {}: No such file or directory\n", file->second));
    return 1;
  }
  if (!options->operands.empty()) {
    std::string line;
    for (const auto& word : options->operands) line += (line.empty() ? "" : " ") + word;
    if (run_line(session, line, call) != Outcome::Ok) return 1;
    return session.finish() == Outcome::Ok ? 0 : 1;
  }
  return run_interactive(session, call);
}

const bool registered = register_command("zonecfg", run_zonecfg);

}  // namespace

}  // namespace kzsim::zones
