#include "zones/zoneadm/live_apply.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "zones/memory/memory_messages.hpp"
#include "zones/releases/feature_releases.hpp"
#include "zones/zoneadm/guest_workload.hpp"
#include "zones/zoneadm/zone_memory.hpp"
#include "zones/zonecfg/config_diff.hpp"

namespace kzsim::zones {

namespace {

std::optional<std::string> property(const ZoneConfig& config, std::string_view resource, std::string_view name) {
  const Resource* found = config.first(resource);
  return found ? found->get(name) : std::nullopt;
}

void set_property(ZoneConfig& config, std::string_view resource, std::string_view name, std::string value) {
  if (Resource* found = config.first(resource)) found->set(name, std::move(value));
}

std::optional<int> count(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  try {
    return std::stoi(*text);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

bool memory_reconfiguration_enabled(const ZoneConfig& live) {
  const auto value = live.get("host-compatible");
  const catalog::HostCompatibleLevel* level = value ? catalog::Catalog::builtin().find_level(*value) : nullptr;
  return level != nullptr && level->enables_memory_reconfiguration;
}

bool strict(const ZoneConfig& config) {
  return property(config, "capped-memory", "memlzr") == "strict";
}

struct Apply {
  Host& host;
  Zone& zone;
  shell::Invocation& call;
  const GuestWorkload& workload;
  ZoneConfig& result;  // starts as the target; ends with the values reached

  // Going from N to M virtual CPUs removes ids M..N-1, highest first; those the guest pins
  // stay (Example 4-1: 16 -> 8 with 12-15 pinned ends at 12).
  void virtual_cpus(const ZoneConfig& live) {
    const auto before = count(property(live, "virtual-cpu", "ncpus"));
    const auto requested = count(property(result, "virtual-cpu", "ncpus"));
    if (!before || !requested || *requested >= *before) return;
    int reached = *requested;
    for (int cpu = *before - 1; cpu >= *requested; --cpu) {
      if (!workload.pinned_cpus.contains(cpu)) continue;
      ++reached;
      call.err(fmt::format("zone '{0}': error: dr-cpu failed for cpu id={1}: Operation was blocked\n"
                           "zone '{0}': error:          status: CPU is configured for use by the guest\n",
                           zone.name, cpu));
    }
    if (reached == *requested) return;
    call.err(fmt::format("zone '{}': warning: operation succeeded partially for virtual cpus (requested: {}, final: {})\n",
                         zone.name, *requested, reached));
    set_property(result, "virtual-cpu", "ncpus", std::to_string(reached));
  }

  // Returns false when the resize failed (the zone keeps its memory).
  bool memory(const ZoneConfig& live) {
    const auto before_text = property(live, "capped-memory", "physical");
    const auto requested_text = property(result, "capped-memory", "physical");
    if (!before_text || !requested_text || before_text == requested_text) return true;
    const auto fail = [&](const std::string& reason) {
      call.err(reason + resize_failed_message(*requested_text));
      set_property(result, "capped-memory", "physical", *before_text);
      return false;
    };
    if (!memory_reconfiguration_enabled(live)) return fail(memory_reconfiguration_not_enabled_message());
    if (auto refusal = feature_release_refusal("memory-live-reconfiguration", host, zone))
      return fail(fmt::format("zone '{}': error: {}\n", zone.name, *refusal));
    const Bytes before = parse_size(*before_text).value_or(0);
    const Bytes requested = parse_size(*requested_text).value_or(0);
    const Bytes page = std::max<Bytes>(zone.backing_page_size, 1);
    // Memory moves in whole pages: a size between two page multiples is as far as it gets.
    const Bytes reachable = requested < before ? (requested + page - 1) / page * page : requested / page * page;
    HostMemory memory = rebuild_host_memory(host);
    const Bytes reached = memory.resize(zone.name, reachable, workload.memory_in_use_of(before)).after;
    if (reached == requested) return true;
    if (strict(result)) return fail(strict_resize_failed_message());
    call.err(partial_resize_warning(*requested_text, format_size(reached)));
    set_property(result, "capped-memory", "physical", format_size(reached));
    return true;
  }
};

}  // namespace

int apply_live_configuration(Host& host, Zone& zone, const ZoneConfig& target, shell::Invocation& call,
                             LiveApplyOptions options) {
  if (auto refusal = feature_release_refusal("live-zone-reconfiguration", host, zone)) {
    call.err(fmt::format("zone '{}': error: {}\n", zone.name, *refusal));
    return 1;
  }
  const ZoneConfig live = zone.live.value_or(zone.config);
  std::string error;
  const auto workload = guest_workload(host, zone.name, error);
  if (!workload) {
    call.err(error);
    return 1;
  }
  const bool resizes_memory = property(live, "capped-memory", "physical") != property(target, "capped-memory", "physical");
  const std::string prefix = resizes_memory ? "" : fmt::format("zone '{}': ", zone.name);
  const std::vector<std::string> changes = describe_changes(live, target);
  if (!options.quiet) {
    for (const std::string& change : changes) call.out(fmt::format("{}Checking: {}\n", prefix, change));
  }
  if (options.dry_run || changes.empty()) return 0;
  if (!options.quiet) call.out(prefix + "Applying the changes\n");
  ZoneConfig result = target;
  Apply apply{host, zone, call, *workload, result};
  apply.virtual_cpus(live);
  const bool memory_ok = apply.memory(live);
  zone.live = std::move(result);
  return memory_ok ? 0 : 1;
}

}  // namespace kzsim::zones
