#include "zones/teaching/pictures/scenario_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "core/xml_text.hpp"
#include "zones/migration/migrate.hpp"
#include "zones/teaching/pictures/pictures.hpp"
#include "zones/teaching/pictures/readable_units.hpp"
#include "zones/teaching/pictures/replay.hpp"
#include "zones/zoneadm/zone_memory.hpp"

namespace kzsim::zones::pictures {

namespace {

using HostZone = std::pair<std::string, std::string>;  // host, zone

// What a live migration's picture needs, as the source saw it before the step.
struct MigrationInputs {
  Bytes memory = 0;
  double dirty_rate = 0;
};

struct LiveMigration {
  int step = 0;
  std::string zone, source, target;
  MigrationInputs inputs;
  PrecopyLink link;
};

// A kernel zone's page walk: its host's model and the page size backing it when it last ran
// (the host's base page size when it never ran).
struct WalkInputs {
  const catalog::CpuModel* model = nullptr;
  Bytes backing_page = 0;
};

// A step of the transcript: the command as typed (or "# advance ..."), and what it printed.
struct TranscriptEntry {
  std::string typed;
  std::string output;
};

struct Observations {
  std::vector<TranscriptEntry> transcript;
  std::vector<HostZone> zones;  // in the order they first appeared
  std::map<HostZone, std::vector<StateVisit>> paths;
  std::map<HostZone, MigrationInputs> running_before;  // of the step being run
  std::vector<LiveMigration> migrations;
  std::map<HostZone, WalkInputs> walks;
  std::set<catalog::Arch> arches;
};

std::string prompt(const scenario::RunStep& run, const World& world) {
  const std::string host = run.host.empty() ? world.host_names().front() : run.host;
  return run.user == "root" ? fmt::format("{}$ ", host) : fmt::format("{}@{}$ ", run.user, host);
}

std::string with_newline(std::string text) {
  if (!text.empty() && text.back() != '\n') text += '\n';
  return text;
}

void note_running_zones(const World& world, Observations& seen) {
  seen.running_before.clear();
  for (const std::string& name : world.host_names()) {
    const Host& host = *world.find_host(name);
    for (const auto& [zone_name, zone] : host.zones) {
      if (zone.state != ZoneState::Running || !zone.live) continue;
      std::string error;
      const auto request = zone_memory_request(*zone.live, error);
      seen.running_before[{name, zone_name}] = {request ? request->page_size.amount : 0,
                                                static_cast<double>(dirty_rate(host, zone))};
    }
  }
}

// A live migration (its output says "Starting migration.") moved a zone that ran on the step's
// host to another host, where it runs now (the source may keep its configuration).
void note_live_migration(const World& world, const ReplayedStep& replayed, Observations& seen) {
  const auto* run = std::get_if<scenario::RunStep>(&replayed.step.action);
  if (run == nullptr || replayed.transcript.out.find("Starting migration.") == std::string::npos) return;
  const std::string source = run->host.empty() ? world.host_names().front() : run->host;
  for (const auto& [where, inputs] : seen.running_before) {
    const Host& from = *world.find_host(source);
    const auto left = from.zones.find(where.second);
    if (where.first != source || (left != from.zones.end() && left->second.state == ZoneState::Running)) continue;
    for (const std::string& target : world.host_names()) {
      const Host& host = *world.find_host(target);
      const auto moved = host.zones.find(where.second);
      if (target == source || moved == host.zones.end() || moved->second.state != ZoneState::Running) continue;
      const Link* link = world.link(source, target);
      if (link == nullptr) continue;
      seen.migrations.push_back({replayed.step.number, where.second, source, target, inputs,
                                 {static_cast<double>(link->bandwidth_bits) / 8, link->latency}});
    }
  }
}

void note_zones(const World& world, const ReplayedStep& replayed, Observations& seen) {
  for (const std::string& name : world.host_names()) {
    const Host& host = *world.find_host(name);
    seen.arches.insert(host.arch());
    for (const auto& [zone_name, zone] : host.zones) {
      const HostZone key{name, zone_name};
      if (!seen.paths.contains(key)) {
        seen.zones.push_back(key);
        for (int earlier = 1; earlier < replayed.step.number; ++earlier)
          seen.paths[key].push_back({earlier, "", "absent"});
      }
      if (zone.config.brand == "solaris-kz") {
        WalkInputs& walk = seen.walks[key];
        walk.model = host.model;
        if (zone.backing_page_size != 0) walk.backing_page = zone.backing_page_size;
        if (walk.backing_page == 0) walk.backing_page = host.model->page_sizes.front();
      }
    }
  }
  for (const HostZone& key : seen.zones) {
    const Host* host = world.find_host(key.first);
    const auto found = host->zones.find(key.second);
    seen.paths[key].push_back({replayed.step.number, replayed.command,
                               found == host->zones.end() ? "absent" : std::string(state_name(found->second.state))});
  }
}

Observations observe(const scenario::Scenario& scenario) {
  Observations seen;
  replay(
      scenario, [&](const World& world, const scenario::Step&) { note_running_zones(world, seen); },
      [&](const World& world, const ReplayedStep& replayed) {
        if (const auto* run = std::get_if<scenario::RunStep>(&replayed.step.action)) {
          TranscriptEntry entry{prompt(*run, world) + run->command + "\n", with_newline(replayed.transcript.interleaved)};
          for (const scenario::Transcript& other : replayed.transcript.meanwhile)
            entry.output += with_newline(other.interleaved);
          seen.transcript.push_back(std::move(entry));
        } else {
          seen.transcript.push_back({"# " + replayed.command + "\n", ""});
        }
        note_live_migration(world, replayed, seen);
        note_zones(world, replayed, seen);
      });
  return seen;
}

// A picture with its caption.
struct Figure {
  std::string caption;
  std::string svg;  // a whole SVG document
};

// The SVG inline, without its XML declaration.
std::string figure_html(const Figure& figure) {
  return fmt::format("<figure>\n{}<figcaption>{}</figcaption>\n</figure>\n", figure.svg.substr(figure.svg.find("<svg")),
                     xml_escaped(figure.caption));
}

std::string section(std::string_view title, const std::vector<Figure>& figures, std::string_view none,
                    std::string_view intro = {}) {
  std::string html = fmt::format("<h2>{}</h2>\n", title);
  if (figures.empty()) return html + fmt::format("<p>{}</p>\n", none);
  if (!intro.empty()) html += fmt::format("<p>{}</p>\n", intro);
  for (const Figure& figure : figures) html += figure_html(figure);
  return html;
}

// Each step in a <pre>; an output longer than kFoldedLines folded in a <details> that names its
// length, so that an install log does not bury the commands around it.
std::string transcript_html(const std::vector<TranscriptEntry>& transcript) {
  constexpr std::size_t kFoldedLines = 12;
  std::string html;
  for (const TranscriptEntry& entry : transcript) {
    const auto lines = static_cast<std::size_t>(std::ranges::count(entry.output, '\n'));
    if (lines <= kFoldedLines) {
      html += fmt::format("<pre>{}{}</pre>\n", xml_escaped(entry.typed), xml_escaped(entry.output));
      continue;
    }
    html += fmt::format("<pre>{}</pre>\n<details><summary>{} lines of output</summary>\n<pre>{}</pre>\n</details>\n",
                        xml_escaped(entry.typed), lines, xml_escaped(entry.output));
  }
  return html;
}

std::string hosts_table(const scenario::Scenario& scenario) {
  std::string html = "<table>\n<tr><th>host</th><th>machine</th></tr>\n";
  for (const scenario::HostSpec& host : scenario.hosts)
    html += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", xml_escaped(host.name), xml_escaped(host.machine.value));
  return html + "</table>\n";
}

}  // namespace

std::string scenario_report(const scenario::Scenario& scenario) {
  const Observations seen = observe(scenario);
  std::vector<Figure> states, migrations, walks, classes;
  for (const HostZone& key : seen.zones) {
    const std::string zone = fmt::format("{} on {}", key.second, key.first);
    states.push_back({zone, state_path_picture(zone, seen.paths.at(key))});
  }
  for (const LiveMigration& migration : seen.migrations)
    migrations.push_back({fmt::format("step {}: {} from {} to {}", migration.step, migration.zone, migration.source,
                                      migration.target),
                          migration_timeline_picture(migration.inputs.memory, migration.inputs.dirty_rate,
                                                     migration.link)});
  // One picture per distinct walk (a zone that migrated to a host of the same model has the same
  // walk there), its caption naming every zone it is for.
  std::vector<std::pair<std::tuple<const catalog::CpuModel*, Bytes>, std::vector<std::string>>> distinct_walks;
  for (const HostZone& key : seen.zones)
    if (const auto walk = seen.walks.find(key); walk != seen.walks.end()) {
      const std::tuple<const catalog::CpuModel*, Bytes> what{walk->second.model, walk->second.backing_page};
      auto same = std::ranges::find(distinct_walks, what, &decltype(distinct_walks)::value_type::first);
      if (same == distinct_walks.end()) same = distinct_walks.emplace(distinct_walks.end(), what, std::vector<std::string>{});
      same->second.push_back(fmt::format("{} on {}", key.second, key.first));
    }
  for (const auto& [what, zones] : distinct_walks) {
    const auto& [model, backing_page] = what;
    walks.push_back({fmt::format("{}: {} guest pages backed by {} pages", fmt::join(zones, ", "),
                                 readable_size(static_cast<double>(model->page_sizes.front())),
                                 readable_size(static_cast<double>(backing_page))),
                     page_walk_picture(*model, model->page_sizes.front(), backing_page)});
  }
  for (catalog::Arch arch : seen.arches)
    classes.push_back({fmt::format("the {} classes of the catalog", arch == catalog::Arch::Sparc ? "sparc" : "x86"),
                       class_graph_picture(catalog::Catalog::builtin(), arch)});

  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>kzsim report: {0}</title>\n"
      "<style>\nbody {{ font-family: sans-serif; margin: 2em; max-width: 72em; }}\n"
      "pre {{ background: #f4f4f4; padding: 0.5em 1em; margin: 0.3em 0; white-space: pre-wrap; "
      "overflow-wrap: anywhere; }}\n"
      "details {{ margin: 0 0 0.3em 1em; }} summary {{ cursor: pointer; color: #555; }}\n"
      "table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 0.2em 0.6em; }}\n"
      "figure {{ margin: 1em 0; }} figure svg {{ max-width: 100%; height: auto; }}\n</style>\n</head>\n<body>\n"
      "<h1>kzsim report: {0}</h1>\n<p>{1}</p>\n<p>Scenario file {2}, replayed with seed {3}; the pictures come "
      "from this replay (expectations are not checked here: <code>kzsim run</code> checks them).</p>\n"
      "<h2>Hosts</h2>\n{4}<h2>Transcript</h2>\n{5}",
      xml_escaped(scenario.name), xml_escaped(scenario.description), xml_escaped(scenario.file), scenario.seed,
      hosts_table(scenario), transcript_html(seen.transcript));
  html += section("Zone states", states, "No zone was configured in this scenario.");
  html += section("Live migrations", migrations,
                  "No live migration ran in this scenario.",
                  "Each picture models the pre-copy of the zone's memory at its dirty rate as the source saw them "
                  "before the migration, over the link between the two hosts.");
  html += section("Nested page walks", walks, "No kernel zone was configured in this scenario.");
  html += section("CPU classes", classes, "This scenario has no hosts.");
  return html + "</body>\n</html>\n";
}

}  // namespace kzsim::zones::pictures
