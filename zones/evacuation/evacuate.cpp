#include "zones/evacuation/evacuate.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/shell/streams.hpp"
#include "zones/evacuation/evacuation_status.hpp"
#include "zones/evacuation/evacuation_targets.hpp"
#include "zones/evacuation/planner.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/zone_memory.hpp"

namespace kzsim::zones {

namespace {

// sysadm's lines: progress for -v, the outcome unless -q, failures always (on stderr).
class Report {
 public:
  Report(shell::Streams& streams, const EvacuateOptions& options) : streams_(streams), options_(options) {}
  void progress(std::string_view text) const {
    if (options_.verbose) streams_.out(fmt::format("sysadm: {}\n", text));
  }
  void brief(std::string_view text) const {
    if (!options_.verbose && !options_.quiet) streams_.out(fmt::format("sysadm: {}\n", text));
  }
  void outcome(std::string_view text) const {
    if (!options_.quiet) streams_.out(fmt::format("sysadm: {}\n", text));
  }
  void failure(std::string_view text) const { streams_.err(fmt::format("sysadm: {}\n", text)); }
  // A zone skipped is printed with the outcome (Example 6-4) and is a refusal explain reads.
  void skipped(World& world, std::string_view text) const {
    if (options_.quiet) return;
    const std::string line = fmt::format("sysadm: {}\n", text);
    streams_.out(line);
    world.note_refusal(line);
  }

 private:
  shell::Streams& streams_;
  const EvacuateOptions& options_;
};

struct Candidate {
  Zone* zone;
  bool running;
  std::string uri;    // where it goes; empty when it cannot
  std::string error;  // why it is skipped or cannot go
  bool skipped = false;
};

// The migration's own complaint, without the command's prefix.
std::string first_error(const shell::RecordingStreams& output, int status) {
  std::string text = output.err().empty() ? fmt::format("migration exited with status {}", status) : output.err();
  text = text.substr(0, text.find('\n'));
  for (std::string_view prefix : {"zoneadm: "}) {
    if (text.starts_with(prefix)) text.erase(0, prefix.size());
  }
  return text;
}

int migrate(World& world, Host& from, const shell::Caller& caller, const MigrationRequest& request,
            const Migrator& migrator, std::string& error) {
  shell::RecordingStreams output;
  shell::Caller on_source = caller;
  on_source.host = from.name;
  const int status = migrator(world, from, on_source, request, output);
  if (status != 0) error = first_error(output, status);
  return status;
}

std::vector<Candidate> candidates(Host& source, const EvacuateOptions& options) {
  std::vector<Candidate> found;
  for (auto& [name, zone] : source.zones) {
    const bool running = zone.state == ZoneState::Running;
    if (!running && !(options.all && zone.state == ZoneState::Installed)) continue;
    Candidate candidate{&zone, running, {}, {}};
    if (running && zone.config.brand != "solaris-kz") {
      candidate.skipped = true;
      candidate.error = fmt::format("cannot evacuate {}-brand zones", zone.config.brand);
    }
    found.push_back(std::move(candidate));
  }
  return found;
}

// Gives each zone its target: the one configured, or the planner's choice among several.
void choose_targets(const World& world, const Host& source, std::vector<Candidate>& zones) {
  std::vector<PlacementRequest> requests;
  std::vector<Candidate*> requesting;
  std::map<std::string, PlanTarget> targets;
  for (auto& candidate : zones) {
    if (candidate.skipped) continue;
    const EvacuationTargets configured = evacuation_targets(source, candidate.zone->name);
    if (configured.uris.empty()) {
      candidate.error = configured.problem;
      continue;
    }
    candidate.uri = configured.uris.front();
    std::string error;
    const auto memory = zone_memory_request(candidate.zone->config, error);
    if (!memory) continue;  // the migration will refuse the configuration itself
    for (const auto& uri : configured.uris) targets.try_emplace(uri, PlanTarget{uri, world.find_host(uri_host(uri))});
    requests.push_back({candidate.zone->name, *memory, zone_cpus(candidate.zone->config), configured.uris});
    requesting.push_back(&candidate);
  }
  std::vector<PlanTarget> all_targets;
  for (const auto& [uri, target] : targets) all_targets.push_back(target);
  const auto placements = plan_evacuation(requests, all_targets);
  for (std::size_t i = 0; i < placements.size(); ++i) {
    if (requests[i].uris.size() < 2) continue;  // a single target is the administrator's choice
    requesting[i]->uri = placements[i].uri;
    requesting[i]->error = placements[i].problem;
  }
}

std::vector<EvacuationRecord> merged(std::vector<EvacuationRecord> records, const std::vector<EvacuationRecord>& run) {
  for (const auto& record : run) {
    auto same = std::ranges::find(records, record.zone, &EvacuationRecord::zone);
    if (same == records.end()) {
      records.push_back(record);
    } else {
      *same = record;
    }
  }
  std::ranges::sort(records, {}, &EvacuationRecord::zone);
  return records;
}

bool any_running(const Host& host) {
  return std::ranges::any_of(host.zones, [](const auto& entry) { return entry.second.state == ZoneState::Running; });
}

}  // namespace

int evacuate(World& world, Host& source, const shell::Caller& caller, const EvacuateOptions& options,
             shell::Streams& streams, const Migrator& migrator) {
  const Report report(streams, options);
  std::vector<Candidate> zones = candidates(source, options);
  choose_targets(world, source, zones);
  const auto movable = [](const Candidate& candidate) { return !candidate.skipped && !candidate.uri.empty(); };

  report.progress(fmt::format("preparing {} zone(s) for evacuation ...", zones.size()));
  for (const auto& candidate : zones)
    if (movable(candidate))
      report.progress(fmt::format("initializing migration of {} to {} ...", candidate.zone->name, uri_host(candidate.uri)));
  report.brief(fmt::format("preparing zones for evacuation ... {}/{}", std::ranges::count_if(zones, movable),
                           zones.size()));

  std::vector<EvacuationRecord> run;
  int order = 0;
  for (const auto& record : read_evacuation(source)) order = std::max(order, record.order);
  if (!options.dry_run)
    report.progress(fmt::format("evacuating {} zone(s) ...", std::ranges::count_if(zones, movable)));
  for (auto& candidate : zones) {
    const std::string name = candidate.zone->name;
    EvacuationRecord record{name, EvacuationState::Failed, candidate.uri, candidate.error, candidate.running, ++order};
    if (candidate.skipped) record.state = EvacuationState::Skipped;
    if (movable(candidate)) {
      if (!options.dry_run) report.progress(fmt::format("migrating {} to {} ...", name, uri_host(candidate.uri)));
      const MigrationRequest request{name, candidate.uri, options.dry_run, true, "",
                                     candidate.running ? "live" : "auto", options.overwrite};
      if (migrate(world, source, caller, request, migrator, record.error) == 0) record.state = EvacuationState::Evacuated;
    }
    run.push_back(std::move(record));
  }

  const bool failed = std::ranges::any_of(run, [](const auto& r) { return r.state != EvacuationState::Evacuated; });
  if (options.dry_run) {
    report.outcome(failed ? "dry-run failed" : "dry-run succeeded");
  } else {
    write_evacuation(source, merged(read_evacuation(source), run));
    report.outcome(failed || any_running(source) ? "evacuation failed." : "evacuation completed successfully.");
  }
  for (const auto& record : run) {
    if (record.state == EvacuationState::Failed) {
      report.failure(fmt::format("{}: evacuation failed: {}", record.zone, record.error));
    } else if (!options.dry_run) {
      if (record.state == EvacuationState::Evacuated) {
        report.outcome(fmt::format("{}: evacuated to {}", record.zone, record.destination));
      } else {
        report.skipped(world, fmt::format("{}: evacuation skipped: {}", record.zone, record.error));
      }
    }
  }
  return failed || (!options.dry_run && any_running(source)) ? 1 : 0;
}

int return_evacuated(World& world, Host& source, const shell::Caller& caller, const EvacuateOptions& options,
                     shell::Streams& streams, const Migrator& migrator) {
  const Report report(streams, options);
  std::vector<EvacuationRecord> records = read_evacuation(source);
  std::vector<EvacuationRecord*> returning;
  for (auto& record : records) {
    if (record.state != EvacuationState::Evacuated) continue;
    Host* destination = world.find_host(uri_host(record.destination));
    Zone* zone = destination ? destination->find_zone(record.zone) : nullptr;
    const bool running = zone && zone->state == ZoneState::Running;
    if (running || (options.all && zone && zone->state == ZoneState::Installed)) returning.push_back(&record);
  }
  report.progress(fmt::format("preparing {} zone(s) for return...", returning.size()));
  for (const auto* record : returning) report.progress(fmt::format("initializing return of {}", record->zone));
  report.brief(fmt::format("preparing zones for return ... {}/{}", returning.size(), returning.size()));
  if (!options.dry_run) report.progress(fmt::format("returning {} zone(s) ...", returning.size()));

  // Last out, first back.
  std::vector<EvacuationRecord*> by_order = returning;
  std::ranges::sort(by_order, std::greater<>{}, &EvacuationRecord::order);
  std::map<std::string, std::string> errors;  // zone -> why it did not return
  for (auto* record : by_order) {
    Host& destination = *world.find_host(uri_host(record->destination));
    const bool running = destination.find_zone(record->zone)->state == ZoneState::Running;
    if (!options.dry_run) report.progress(fmt::format("migrating {}", record->zone));
    const MigrationRequest request{record->zone, "ssh://" + source.name, options.dry_run, true, "",
                                   running ? "live" : "auto", options.overwrite};
    std::string error;
    if (migrate(world, destination, caller, request, migrator, error) != 0) errors[record->zone] = error;
  }

  const bool failed = !errors.empty();
  if (options.dry_run) {
    report.outcome(failed ? "dry-run failed" : "dry-run succeeded");
  } else {
    report.outcome(failed ? "return failed." : "return completed successfully.");
  }
  std::set<std::string> returned;
  for (const auto* record : returning) {
    if (const auto error = errors.find(record->zone); error != errors.end()) {
      report.failure(fmt::format("{}: return failed: {}", record->zone, error->second));
    } else if (!options.dry_run) {
      report.outcome(fmt::format("{}: returned", record->zone));
      returned.insert(record->zone);
    }
  }
  if (!options.dry_run) {
    // The evacuation stays active while a zone it moved has not come back.
    std::erase_if(records, [&](const EvacuationRecord& record) {
      return record.state != EvacuationState::Evacuated ? !failed : returned.contains(record.zone);
    });
    write_evacuation(source, records);
  }
  return failed ? 1 : 0;
}

}  // namespace kzsim::zones
