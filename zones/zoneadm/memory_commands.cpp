// kstat2 kstat:/zones/NAME/memory/usage:pagesize (guide ch.4) and mrpstat (memory reservation
// pools; INFERRED layout: the guide names only the TOTAL_MEM, USED_MEM and FREE_MEM columns).
#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host.hpp"
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
  const HostMemory memory = rebuild_host_memory(context.host);
  std::string text = fmt::format("{:<16} {:>10} {:>10} {:>10} {:>10}\n", "NAME", "PAGESIZE", "TOTAL_MEM", "USED_MEM",
                                 "FREE_MEM");
  for (const MrpStat& pool : memory.mrpstat()) {
    text += fmt::format("{:<16} {:>10} {:>10} {:>10} {:>10}\n", pool.name, format_size(pool.page_size),
                        format_size(pool.total), format_size(pool.used), format_size(pool.free));
  }
  context.call.out(text);
  return 0;
}

const bool registered = register_command("kstat2", run_kstat2) && register_command("mrpstat", run_mrpstat);

}  // namespace

}  // namespace kzsim::zones
