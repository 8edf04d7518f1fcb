// zoneadm: list zones, and act on one zone with -z NAME SUBCOMMAND.
#include <fmt/format.h>

#include <iterator>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/host_commands/rights_commands.hpp"
#include "zones/migration/zoneadm_migration.hpp"
#include "zones/requirements.hpp"
#include "zones/zoneadm/subcommands.hpp"
#include "zones/zoneadm/zone_list.hpp"

namespace kzsim::zones {

int ZoneCall::refuse(std::string_view text) const {
  context.call.err(fmt::format("zoneadm: zone '{}': {}\n", zone.name, text));
  return 1;
}

bool ZoneCall::host_cannot_run_it() const {
  if (zone.config.brand != "solaris-kz") return false;
  const std::string refusal = kernel_zone_host_refusal(context.host, zone.name);
  context.call.err(refusal);
  return !refusal.empty();
}

namespace {

// Every subcommand of kSubcommands.
constexpr std::string_view kUsage =
    "usage: zoneadm [-z zonename] list [-cipsv]\n"
    "       zoneadm -z zonename {boot|ready|halt|reboot|shutdown [-r]}\n"
    "       zoneadm -z zonename {install|uninstall [-F]|verify|apply [-nq]|clone SOURCE}\n"
    "       zoneadm -z zonename migrate [-nqv] [-c cipher|list|none] [-t auto|live] [-w] uri\n"
    "       zoneadm -z zonename {suspend|detach|attach [-x force-takeover|initialize-hostdata]}\n"
    "       zoneadm -z zonename move -p uri [-p uri]... [-v] [-x force-zpool-attach]\n";

int run_list(CommandContext& context, const Zone* only, std::size_t first) {
  const bool json = take_json_option(context.call.args);
  auto options = parse_options(context.call, "cipsv", "", kUsage, first);
  if (!options) return 2;
  ListFormat format = ListFormat::Names;
  if (options->has('v')) format = ListFormat::Verbose;
  if (options->has('p')) format = ListFormat::Parsable;
  if (options->has('s')) format = ListFormat::AuxStates;
  const auto zones = only ? std::vector<const Zone*>{only}
                          : zones_to_list(context.host, options->has('c'), options->has('i'));
  print_listing(context.call, json, zone_list_rows(zones, format, only == nullptr),
                [format](const Listing& rows) { return zone_list_text(rows, format); });
  return 0;
}

struct Subcommand {
  std::string_view name;
  int (*run)(ZoneCall&);
};

constexpr Subcommand kSubcommands[] = {
    {"boot", zoneadm_boot_checked}, {"ready", zoneadm_ready},         {"halt", zoneadm_halt},
    {"reboot", zoneadm_reboot},     {"shutdown", zoneadm_shutdown},   {"install", zoneadm_install},
    {"uninstall", zoneadm_uninstall}, {"verify", zoneadm_verify},     {"apply", zoneadm_apply},
    {"clone", zoneadm_clone},       {"migrate", zoneadm_migrate},     {"suspend", zoneadm_suspend},
    {"attach", zoneadm_attach},     {"detach", zoneadm_detach},       {"move", zoneadm_move},
};

int run_zoneadm(CommandContext& context) {
  const auto& args = context.call.args;
  std::size_t next = 1;
  std::string zone_name;
  if (args.size() > 2 && args[1] == "-z") {
    zone_name = args[2];
    next = 3;
  }
  if (next >= args.size()) {
    context.call.err(kUsage);
    return 2;
  }
  const std::string& subcommand = args[next];
  Zone* zone = zone_name.empty() ? nullptr : context.host.find_zone(zone_name);
  if (!zone_name.empty() && !zone) {
    context.call.err(fmt::format("zoneadm: {}: No such zone configured\n", zone_name));
    return 1;
  }
  if (subcommand == "list") return run_list(context, zone, next + 1);
  for (const Subcommand& known : kSubcommands) {
    if (known.name != subcommand) continue;
    if (!zone) {
      context.call.err(fmt::format("zoneadm: {}: a zone name is required; expected zoneadm -z ZONE {}\n", subcommand,
                                   subcommand));
      return 2;
    }
    ZoneCall call{context, *zone, {args.begin() + static_cast<std::ptrdiff_t>(next), args.end()}, next + 1};
    // migrate checks its own rights (Zone Migration, Zone Cold Migration) on both hosts.
    const std::string& user = context.call.caller.user;
    if (known.name != "migrate" && !zone_authorized(context.host, user, "manage", zone->name))
      return call.refuse(fmt::format("user {} is not authorized to manage this zone; expected root, the "
                                     "solaris.zone.manage authorization (or solaris.zone.manage/{}) or auths=manage "
                                     "in the zone's admin resource",
                                     user, zone->name));
    return known.run(call);
  }
  std::string known = "list";
  for (const Subcommand& each : kSubcommands) known += fmt::format("{}{}", &each == std::end(kSubcommands) - 1 ? " or " : ", ", each.name);
  context.call.err(fmt::format("zoneadm: unknown subcommand '{}'; expected {}\n{}", subcommand, known, kUsage));
  return 2;
}

const bool registered = register_command("zoneadm", run_zoneadm);

}  // namespace

}  // namespace kzsim::zones
