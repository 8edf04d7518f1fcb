#pragma once
// Scenario texts for the scale benchmarks: hosts with kernel zones on shared iSCSI storage,
// built in memory and loaded by core/scenario's text loader into the real world.
#include <fmt/format.h>

#include <memory>
#include <string>

#include "core/scenario/load.hpp"
#include "zones/world.hpp"

namespace kzsim::bench {

inline std::string fleet_host(int index) { return fmt::format("h{:02}", index); }
inline std::string fleet_zone(int host, int zone) { return fmt::format("kz{:02}x{:03}", host, zone); }
inline std::string fleet_storage(int host, int zone) {
  return fmt::format("iscsi://zfssa/luname.naa.600144F0DBF8AF19{:08X}{:08X}", host, zone);
}

// `hosts` SPARC T7 hosts (enough memory for 100 zones of 2G each) and, per host,
// `zones_per_host` LUs; no steps yet.
inline std::string fleet_header(int hosts, int zones_per_host) {
  std::string text = "format: 1\nname: fleet\nhosts:\n";
  for (int h = 0; h < hosts; ++h) text += fmt::format("  {}: {{machine: sparc-t7, memory: 512G}}\n", fleet_host(h));
  if (zones_per_host > 0) text += "storage:\n";
  for (int h = 0; h < hosts; ++h)
    for (int z = 0; z < zones_per_host; ++z) text += fmt::format("  - {{uri: {}, size: 16G}}\n", fleet_storage(h, z));
  return text + "steps:\n";
}

inline std::string step(std::string_view command, std::string_view host) {
  return fmt::format("  - run: \"{}\"\n    host: {}\n", command, host);
}

// Configure, install and boot zone `zone` of host `host` through zonecfg and zoneadm.
inline std::string zone_steps(int host, int zone) {
  const std::string name = fleet_zone(host, zone);
  return step(fmt::format("zonecfg -z {} 'create -t SYSsolaris-kz; set capped-memory:physical=2G; select device "
                          "id=0; set storage={}; end; commit'",
                          name, fleet_storage(host, zone)),
              fleet_host(host)) +
         step(fmt::format("zoneadm -z {} install", name), fleet_host(host)) +
         step(fmt::format("zoneadm -z {} boot", name), fleet_host(host));
}

inline std::unique_ptr<scenario::World> load_world(const std::string& text, scenario::Scenario& loaded) {
  loaded = scenario::load_scenario_text(text, "fleet.yaml");
  return scenario::build_world(loaded);
}

// Runs every run step; returns how many exited non-zero.
inline int replay(scenario::World& world, const scenario::Scenario& loaded) {
  int failed = 0;
  for (const scenario::Step& each : loaded.steps)
    if (const auto* run = std::get_if<scenario::RunStep>(&each.action)) failed += world.run(*run).exit != 0;
  return failed;
}

}  // namespace kzsim::bench
