// archiveadm create -z ZONE PATH and archiveadm info PATH (guide ch.3, Example 3-8). The
// archive is a text file in the host's file system: its information lines, then the zone's
// configuration in zonecfg export form between BEGIN/END CONFIGURATION lines, which
// `zonecfg create -a` and `zoneadm install -a` read back, then the zone's non-root pools
// (archive_pools.hpp). info --json (kzsim): one row, the information lines' values keyed by
// their names.
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/archive_pools.hpp"
#include "zones/zoneadm/process_ids.hpp"
#include "zones/zonecfg/config_text.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage =
    "usage: archiveadm create -z zonename archive-path\n"
    "       archiveadm info archive-path\n";
constexpr std::string_view kMagic = "Unified Archive\n";
constexpr std::string_view kBeginConfiguration = "-----BEGIN CONFIGURATION-----\n";

std::string archive_text(const World& world, const Host& host, const Zone& zone) {
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  const auto& release = zone.guest_os.parts;
  // 11.4's archives name the publishers a dehydrated archive leaves out, none for a full one
  // (Oracle Solaris blog "Creating smaller Unified Archives with dehydration": "Dehydrated
  // Publishers:" between Operating System and Deployable Systems, empty for kernel-zone-full.uar).
  const std::string dehydrated = host.os >= catalog::Version{{11, 4}} ? "Dehydrated Publishers: \n" : "";
  return fmt::format(
      "{}Creation Time: {}\nSource Host: {}\nArchitecture: {}\nOperating System: Oracle Solaris {}.{} {}\n"
      "{}Deployable Systems: {}\n{}{}-----END CONFIGURATION-----\n{}",
      kMagic, world.clock().format("%Y-%m-%dT%H:%M:%SZ"), host.name, sparc ? "sparc" : "i386",
      release.empty() ? 11 : release[0], release.size() < 2 ? 4 : release[1], sparc ? "SPARC" : "X86", dehydrated,
      zone.name, kBeginConfiguration, zonecfg::export_config(zone.config), archive_pool_lines(zone));
}

int create(CommandContext& context) {
  const auto& args = context.call.args;
  if (args.size() != 5 || args[2] != "-z") {
    context.call.err(fmt::format("archiveadm: create: expected -z ZONE PATH\n{}", kUsage));
    return 2;
  }
  const Zone* zone = context.host.find_zone(args[3]);
  if (!zone) {
    context.call.err(fmt::format("archiveadm: {}: No such zone configured\n", args[3]));
    return 1;
  }
  if (zone->state != ZoneState::Installed && zone->state != ZoneState::Running) {
    context.call.err(fmt::format("archiveadm: zone {} is {}; expected an installed or running zone\n", zone->name,
                                 state_name(zone->state)));
    return 1;
  }
  const std::string& path = args[4];
  context.host.files.write(path, archive_text(context.world, context.host, *zone));
  context.call.out(fmt::format(
      "Unified Archive initialized: {}.\n"
      "Logging to: /system/volatile/archive_log.{}\n"
      "Dataset discovery completed...\n"
      "Media creation complete for zone(s)...\n"
      "Archive stream creation completed...\n"
      "Archive creation completed...\n",
      path, simulated_process_id(context.host, "archive/" + path)));
  return 0;
}

int info(CommandContext& context) {
  std::vector<std::string> args = context.call.args;
  const bool json = take_json_option(args);
  if (args.size() != 3) {
    context.call.err(fmt::format("archiveadm: info: expected PATH\n{}", kUsage));
    return 2;
  }
  const auto text = context.host.files.read(args[2]);
  const auto end = text ? text->find(kBeginConfiguration) : std::string::npos;
  if (!text || !text->starts_with(kMagic) || end == std::string::npos) {
    context.call.err(fmt::format("archiveadm: {}: {}; expected a Unified Archive made by archiveadm create\n", args[2],
                                 text ? "not a Unified Archive" : "No such file"));
    return 1;
  }
  std::vector<std::string> names, values;
  for (std::size_t at = kMagic.size(); at < end;) {
    const std::size_t next = text->find('\n', at) + 1;
    const std::string line = text->substr(at, next - at - 1);
    const std::size_t colon = line.find(": ");
    names.push_back(line.substr(0, colon));
    values.push_back(line.substr(colon + 2));
    at = next;
  }
  print_listing(context.call, json, table_rows(names, {values}), [&](const Listing&) {
    // Labels right-aligned in 23 columns, a colon and two spaces (the same blog: "          Creation
    // Time:  2016-11-07T00:13:24Z", "  Dehydrated Publishers:  ", "     Deployable Systems:  kernel-zone").
    std::string out = "Archive Information\n";
    for (std::size_t at = 0; at < names.size(); ++at) out += fmt::format("{:>23}:  {}\n", names[at], values[at]);
    return out;
  });
  return 0;
}

int run_archiveadm(CommandContext& context) {
  const auto& args = context.call.args;
  if (args.size() > 1 && args[1] == "create") return create(context);
  if (args.size() > 1 && args[1] == "info") return info(context);
  context.call.err(fmt::format("archiveadm: expected a subcommand, create or info\n{}", kUsage));
  return 2;
}

const bool registered = register_command("archiveadm", run_archiveadm);

}  // namespace

}  // namespace kzsim::zones
