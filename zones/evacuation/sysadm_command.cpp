// sysadm maintain (-s [-m MSG] | -e | -l) and sysadm evacuate (-a -n -q -r -v -W | -l); the -l
// forms take --json (kzsim): rows as their tables' columns, none when there is nothing to list.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/evacuation/evacuate.hpp"
#include "zones/evacuation/evacuation_status.hpp"
#include "zones/evacuation/maintenance.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/releases/feature_releases.hpp"
#include "zones/rights.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage =
    "usage:\n"
    "\tsysadm maintain -s [-m message]\n"
    "\tsysadm maintain -e\n"
    "\tsysadm maintain -l\n"
    "\tsysadm evacuate [-anqvW]\n"
    "\tsysadm evacuate -r [-anqv]\n"
    "\tsysadm evacuate -l";

constexpr std::string_view kMaintenanceProfile = "Maintenance and Repair";

int usage(const shell::Invocation& call, std::string_view problem) {
  call.err(fmt::format("sysadm: {}\n{}\n", problem, kUsage));
  return 2;
}

Listing maintenance_rows(const std::optional<Maintenance>& maintenance) {
  if (!maintenance) return {};
  return {ListingRow{{"type", maintenance->type}, {"user", maintenance->user}, {"date", maintenance->date},
                     {"message", maintenance->message}}};
}

// Printed on standard output with exit status 0, as the answer to -l: not a refusal.
constexpr std::string_view kNoMaintenance = "sysadm: system is not in maintenance mode\n";

std::string maintenance_table(const Listing& rows) {
  if (rows.empty()) return std::string(kNoMaintenance);
  const std::vector<std::string> cells = cell_texts(rows.front());
  // Columns as docs.oracle.com prints the guide's Example 6-6 with its spacing kept ("TYPE   USER
  // DATE               MESSAGE" / "admin  root     2016-03-16 17:57   Updating to new release": TYPE 6,
  // USER 8, DATE 18, one space between, the header and the rows aligned); the guide's text, whose
  // three renderings of this table disagree with each other, collapsed them.
  const auto line = [](const std::vector<std::string>& row) {
    return fmt::format("{:<6} {:<8} {:<18} {}\n", row[0], row[1], row[2], row[3]);
  };
  return line({"TYPE", "USER", "DATE", "MESSAGE"}) + line(cells);
}

int run_maintain(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  const auto options = parse_options(call, "sel", "m", kUsage, 2);
  if (!options) return 2;
  const int modes = options->has('s') + options->has('e') + options->has('l');
  if (modes != 1 || !options->operands.empty() || (options->values.contains('m') && !options->has('s')))
    return usage(call, "maintain: expected exactly one of -s [-m message], -e or -l");
  Host& host = context.host;
  const auto current = current_maintenance(host);
  if (options->has('l')) {
    print_listing(call, json, maintenance_rows(current), maintenance_table);
    return 0;
  }
  if (!runs_with_profile(context.host.accounts, call.caller, kMaintenanceProfile)) {
    call.err(fmt::format("sysadm: maintain: permission denied for {}; expected the {} rights profile (through "
                         "pfexec or pfbash)\n",
                         call.caller.user, kMaintenanceProfile));
    return 1;
  }
  const std::string now = context.world.clock().format("%Y-%m-%d %H:%M");
  if (options->has('s')) {
    if (current) {
      call.err(fmt::format("sysadm: maintain: maintenance mode is already on (since {} by {}); expected "
                           "'sysadm maintain -e' before starting it again\n",
                           current->date, current->user));
      return 1;
    }
    const auto message = options->values.find('m');
    start_maintenance(host, {"admin", call.caller.user, now,
                             message == options->values.end() ? std::string() : message->second});
    return 0;
  }
  if (!current) {
    call.err("sysadm: maintain: maintenance mode is not on; expected 'sysadm maintain -s' before -e\n");
    return 1;
  }
  end_maintenance(host, call.caller.user, now);
  return 0;
}

int run_evacuate(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  const auto options = parse_options(call, "anqrvWl", "", kUsage, 2);
  if (!options) return 2;
  if (!options->operands.empty())
    return usage(call, fmt::format("evacuate: unexpected operand '{}'; expected options only", options->operands.front()));
  if (options->has('l')) {
    if (options->flags.size() != 1) return usage(call, "evacuate: -l takes no other option");
    const auto records = read_evacuation(context.host);
    call.out(json ? listing_json(evacuation_rows(records)) : evacuation_table(records));
    return 0;
  }
  if (options->has('n') && options->has('W')) return usage(call, "evacuate: -W and -n are mutually exclusive");
  if (options->has('q') && options->has('v')) return usage(call, "evacuate: -q and -v are mutually exclusive");
  const EvacuateOptions evacuate_options{options->has('a'), options->has('n'), options->has('q'), options->has('v'),
                                         options->has('W')};
  if (const auto refusal = host_release_refusal("evacuation", context.host)) {
    call.err(fmt::format("sysadm: evacuate: {}\n", *refusal));
    return 1;
  }
  if (options->has('r'))
    return return_evacuated(context.world, context.host, call.caller, evacuate_options, call.streams);
  if (!in_maintenance(context.host)) {
    call.err("sysadm: evacuate: the system is not in maintenance mode; expected 'sysadm maintain -s' first\n");
    return 1;
  }
  return evacuate(context.world, context.host, call.caller, evacuate_options, call.streams);
}

int run_sysadm(CommandContext& context) {
  auto& call = context.call;
  if (call.args.size() < 2) return usage(call, "expected a subcommand: maintain or evacuate");
  if (call.args[1] == "maintain") return run_maintain(context);
  if (call.args[1] == "evacuate") return run_evacuate(context);
  return usage(call, fmt::format("unknown subcommand '{}'; expected maintain or evacuate", call.args[1]));
}

const bool registered = register_command("sysadm", run_sysadm);

}  // namespace

}  // namespace kzsim::zones
