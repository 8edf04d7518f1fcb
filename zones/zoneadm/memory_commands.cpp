// kstat2 kstat:/zones/NAME/memory/usage:pagesize (guide ch.4) and mrpstat (memory reservation
// pools; INFERRED layout: the guide names only the TOTAL_MEM, USED_MEM and FREE_MEM columns;
// --json (kzsim) as rows of those columns in bytes).
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/zoneadm/zone_memory.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kZonesPrefix = "kstat:/zones/";
constexpr std::string_view kPageSizeSuffix = "/memory/usage:pagesize";

int run_kstat2(CommandContext& context) {
  const auto& args = context.call.args;
  const std::string_view uri = args.size() == 2 ? std::string_view(args[1]) : std::string_view();
  if (!uri.starts_with(kZonesPrefix) || !uri.ends_with(kPageSizeSuffix)) {
    context.call.err("kstat2: expected kstat:/zones/ZONE/memory/usage:pagesize\n");
    return 2;
  }
  const std::string_view name = uri.substr(kZonesPrefix.size(), uri.size() - kZonesPrefix.size() - kPageSizeSuffix.size());
  const Zone* zone = context.host.find_zone(name);
  if (!zone || zone->backing_page_size == 0) {
    context.call.err(fmt::format("kstat2: no kstat matches {}; expected a running kernel zone\n", uri));
    return 1;
  }
  context.call.out(fmt::format("{}\n      pagesize          {} bytes\n", uri.substr(0, uri.find(':', 6)),
                               zone->backing_page_size));
  return 0;
}

int run_mrpstat(CommandContext& context) {
  const bool json = take_json_option(context.call.args);
  if (context.call.args.size() > 1) {
    context.call.err(fmt::format("mrpstat: {}: unexpected operand; expected mrpstat [--json]\n", context.call.args[1]));
    return 2;
  }
  const HostMemory memory = rebuild_host_memory(context.host);
  Listing rows;
  for (const MrpStat& pool : memory.mrpstat())
    rows.push_back({{"name", pool.name}, {"pagesize", pool.page_size}, {"total_mem", pool.total},
                    {"used_mem", pool.used}, {"free_mem", pool.free}});
  print_listing(context.call, json, rows, [](const Listing& listed) {
    const auto size = [](const nlohmann::ordered_json& bytes) { return format_size(bytes.get<Bytes>()); };
    std::string text = fmt::format("{:<16} {:>10} {:>10} {:>10} {:>10}\n", "NAME", "PAGESIZE", "TOTAL_MEM",
                                   "USED_MEM", "FREE_MEM");
    for (const ListingRow& row : listed)
      text += fmt::format("{:<16} {:>10} {:>10} {:>10} {:>10}\n", cell_text(row["name"]), size(row["pagesize"]),
                          size(row["total_mem"]), size(row["used_mem"]), size(row["free_mem"]));
    return text;
  });
  return 0;
}

const bool registered = register_command("kstat2", run_kstat2) && register_command("mrpstat", run_mrpstat);

}  // namespace

}  // namespace kzsim::zones
