#include "zones/advisor/advise_command.hpp"

#include <fmt/format.h>

#include "zones/advisor/advise_report.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage = "expected 'kzsim advise HOST... [--zone ZONE] [--json]'";

struct AdviseArgs {
  std::vector<std::string> hosts;
  std::string zone;
  std::string error;
};

AdviseArgs parse(const std::vector<std::string>& args) {
  AdviseArgs parsed;
  for (std::size_t i = 2; i < args.size(); ++i) {
    if (args[i] == "--zone") {
      if (i + 1 == args.size()) return {{}, {}, fmt::format("--zone needs a zone name; {}", kUsage)};
      parsed.zone = args[++i];
    } else if (args[i].starts_with("-")) {
      return {{}, {}, fmt::format("unknown option '{}'; {}", args[i], kUsage)};
    } else {
      parsed.hosts.push_back(args[i]);
    }
  }
  if (parsed.hosts.empty()) parsed.error = fmt::format("no hosts given; {}", kUsage);
  else if (!parsed.zone.empty() && parsed.hosts.size() != 1)
    parsed.error = fmt::format("--zone takes exactly one target host, got {}; {}", parsed.hosts.size(), kUsage);
  return parsed;
}

std::string known_hosts(const World& world) {
  std::string known;
  for (const auto& name : world.host_names()) known += (known.empty() ? "" : ", ") + name;
  return known;
}

}  // namespace

int run_advise(CommandContext& context) {
  auto& call = context.call;
  std::vector<std::string> words = call.args;
  const bool json = take_json_option(words);
  const AdviseArgs args = parse(words);
  if (!args.error.empty()) {
    call.err(fmt::format("kzsim advise: {}\n", args.error));
    return 2;
  }
  std::vector<BaselineHost> hosts;
  for (const std::string& name : args.hosts) {
    const Host* host = context.world.find_host(name);
    if (host == nullptr) {
      call.err(fmt::format("kzsim advise: unknown host '{}'; expected one of {}\n", name, known_hosts(context.world)));
      return 2;
    }
    hosts.push_back({host->name, host->model, host->os});
  }
  if (args.zone.empty()) {
    const auto groups = fleet_advice(hosts);
    print_listing(call, json, fleet_rows(groups), [&](const Listing&) { return fleet_report(groups); });
    return every_group_answered(groups) ? 0 : 1;
  }
  const Zone* zone = context.host.find_zone(args.zone);
  if (zone == nullptr) {
    call.err(fmt::format("kzsim advise: no zone '{}' on {}; expected a zone of the host the command runs on\n",
                         args.zone, context.host.name));
    return 2;
  }
  const Host& target = *context.world.find_host(args.hosts.front());
  if (&target == &context.host) {
    call.err(fmt::format("kzsim advise: {} is the host the zone is on; expected another host as the target\n",
                         target.name));
    return 2;
  }
  const auto reasons = migration_reasons(context.world, context.host, target, *zone, call.caller.user);
  print_listing(call, json, reason_rows(reasons),
                [&](const Listing&) { return reasons_report(zone->name, context.host.name, target.name, reasons); });
  return reasons.empty() ? 0 : 1;
}

}  // namespace kzsim::zones
