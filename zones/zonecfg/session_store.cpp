// zonecfg verify, commit (persistent or live), revert, reload and delete.
#include "zones/zonecfg/session.hpp"

#include "zones/zone_index.hpp"

#include <fmt/format.h>

#include "zones/host.hpp"
#include "zones/zoneadm/live_apply.hpp"
#include "zones/zonecfg/resource_specs.hpp"

namespace kzsim::zones::zonecfg {

Outcome Session::verify() {
  if (!needs_config()) return Outcome::Failed;
  std::vector<std::string> problems = verify_problems(config_);
  if (find_brand(config_.brand) == nullptr) problems.push_back(fmt::format("brand: {} is not a known brand", config_.brand));
  for (const std::string& problem : problems) call_.err(problem + "\n");
  return problems.empty() ? Outcome::Ok : Outcome::Failed;
}

Outcome Session::commit(const Words& words) {
  bool dry_run = words.size() == 2 && words[1] == "-n";
  if (words.size() > 2 || (words.size() == 2 && !dry_run)) return usage("commit");
  if (dry_run && !live_) return refuse("commit -n: the dry run is available only in live mode (zonecfg -r)");
  if (!needs_config()) return Outcome::Failed;
  if (verify() != Outcome::Ok) return refuse(fmt::format("zonecfg: zone {} failed to verify; configuration not committed", zonename_));
  if (live_) {
    if (!live_zone_usable()) return Outcome::Failed;
    Zone* zone = host_.find_zone(zonename_);
    const ZoneConfig current = zone->live.value_or(zone->config);
    if (current != loaded_)
      return refuse(fmt::format("zone '{}': error: the live configuration has changed externally.\n"
                                "Trying to commit changes to externally changed live configuration\n"
                                "Please use reload to start again. Your local changes will be lost.",
                                zonename_));
    if (apply_live_configuration(host_, *zone, config_, call_, {.dry_run = dry_run}) != 0) return Outcome::Failed;
    if (dry_run) return Outcome::Ok;
    config_ = zone->live.value_or(config_);
  } else {
    Zone* zone = host_.find_zone(zonename_);
    if (zone == nullptr) {
      zone = &host_.zones[zonename_];
      zone->name = zonename_;
      add_to_zone_index(host_, zonename_);
    }
    zone->config = config_;
    if (!pending_name_.empty()) {
      Zone renamed = std::move(*zone);
      host_.zones.erase(zonename_);
      rename_paths(renamed.config, zonename_, pending_name_);
      renamed.name = pending_name_;
      config_ = renamed.config;
      host_.zones.emplace(pending_name_, std::move(renamed));
      rename_in_zone_index(host_, zonename_, pending_name_);
      zonename_ = pending_name_;
      pending_name_.clear();
    }
  }
  loaded_ = config_;
  dirty_ = false;
  return Outcome::Ok;
}

Outcome Session::revert(const Words& words) {
  if (words.size() > 2 || (words.size() == 2 && words[1] != "-F")) return usage("revert");
  if (words.size() == 1 && !confirm("Are you sure you want to revert (y/[n])? ")) return Outcome::Ok;
  config_ = loaded_;
  exists_ = stored() != nullptr;
  pending_name_.clear();
  dirty_ = false;
  return Outcome::Ok;
}

Outcome Session::reload() {
  if (!confirm("Are you sure you want to reload (y/[n])? ")) return Outcome::Ok;
  if (const ZoneConfig* config = stored()) {
    config_ = loaded_ = *config;
  }
  pending_name_.clear();
  dirty_ = false;
  return Outcome::Ok;
}

Outcome Session::remove_zone(const Words& words) {
  if (words.size() > 2 || (words.size() == 2 && words[1] != "-F")) return usage("delete");
  if (live_) return refuse("delete: cannot delete a zone in live mode (-r)");
  Zone* zone = host_.find_zone(zonename_);
  if (zone == nullptr) return refuse(fmt::format("{}: No such zone configured", zonename_));
  if (zone->state != ZoneState::Configured && zone->state != ZoneState::Incomplete)
    return refuse(fmt::format("Zone {} not in configured state; delete not allowed.", zonename_));
  if (words.size() == 1 && !confirm(fmt::format("Are you sure you want to delete zone {} (y/[n])? ", zonename_)))
    return Outcome::Ok;
  host_.zones.erase(zonename_);
  remove_from_zone_index(host_, zonename_);
  exists_ = false;
  dirty_ = false;
  finished_ = true;
  return Outcome::Ok;
}

}  // namespace kzsim::zones::zonecfg
