// Evacuating 1,000 running kernel zones from 10 hosts (100 each, on shared iSCSI storage) to
// 10 others through `sysadm maintain` and `sysadm evacuate`, against migrating the same zones
// one `zoneadm migrate` at a time in the same run. Only the moves are timed (thread CPU time);
// the fleet is built by replaying its scenario text first.
#include <benchmark/benchmark.h>

#include <vector>

#include "bench/thread_cpu_time.hpp"
#include "bench/zone_fleet.hpp"

namespace kzsim {
namespace {

constexpr int kSources = 10;
constexpr int kZonesPerHost = 100;

struct Fleet {
  scenario::Scenario loaded;
  std::unique_ptr<scenario::World> world;
  int setup_failed = 0;
};

// 2 x kSources hosts; the first kSources run kZonesPerHost zones each.
Fleet running_fleet() {
  std::string text = bench::fleet_header(2 * kSources, kZonesPerHost);
  for (int h = 0; h < kSources; ++h)
    for (int z = 0; z < kZonesPerHost; ++z) text += bench::zone_steps(h, z);
  Fleet fleet;
  fleet.world = bench::load_world(text, fleet.loaded);
  fleet.setup_failed = bench::replay(*fleet.world, fleet.loaded);
  return fleet;
}

scenario::RunStep on(int host, std::string command) {
  scenario::RunStep run;
  run.command = std::move(command);
  run.host = bench::fleet_host(host);
  return run;
}

std::vector<scenario::RunStep> evacuation_steps() {
  std::vector<scenario::RunStep> steps;
  for (int h = 0; h < kSources; ++h) {
    const std::string target = bench::fleet_host(h + kSources);
    steps.push_back(on(h, "svccfg -s system/zones/zone setprop evacuation/target=ssh://" + target));
    steps.push_back(on(h, "svcadm refresh svc:/system/zones"));
    steps.push_back(on(h, "sysadm maintain -s -m 'benchmark'"));
    steps.push_back(on(h, "sysadm evacuate"));
  }
  return steps;
}

std::vector<scenario::RunStep> migration_steps() {
  std::vector<scenario::RunStep> steps;
  for (int h = 0; h < kSources; ++h)
    for (int z = 0; z < kZonesPerHost; ++z)
      steps.push_back(on(h, fmt::format("zoneadm -z {} migrate ssh://{}", bench::fleet_zone(h, z),
                                        bench::fleet_host(h + kSources))));
  return steps;
}

struct Timed {
  double seconds = 0;
  int failed = 0;
};

Timed run_all(scenario::World& world, const std::vector<scenario::RunStep>& steps) {
  const double start = bench::thread_cpu_seconds();
  int failed = 0;
  for (const scenario::RunStep& step : steps) failed += world.run(step).exit != 0;
  return {bench::thread_cpu_seconds() - start, failed};
}

// Zones still running on a source host after the moves (expected 0).
int zones_left(const scenario::World& world) {
  const auto& zones_world = dynamic_cast<const zones::World&>(world);
  int left = 0;
  for (int h = 0; h < kSources; ++h)
    for (const auto& [name, zone] : zones_world.find_host(bench::fleet_host(h))->zones)
      left += zone.state != zones::ZoneState::Configured;
  return left;
}

void BM_Evacuate1000From10Hosts(benchmark::State& state) {
  Timed evacuated, migrated;
  int left = 0, setup_failed = 0;
  for (auto _ : state) {
    Fleet fleet = running_fleet();
    evacuated = run_all(*fleet.world, evacuation_steps());
    left = zones_left(*fleet.world);
    Fleet baseline = running_fleet();
    migrated = run_all(*baseline.world, migration_steps());
    setup_failed = fleet.setup_failed + baseline.setup_failed;
    state.SetIterationTime(evacuated.seconds);
  }
  state.counters["seconds"] = evacuated.seconds;
  state.counters["zoneadm_migrate_seconds"] = migrated.seconds;
  state.counters["time_vs_zoneadm_migrate"] = evacuated.seconds / migrated.seconds;
  state.counters["failed_steps"] = evacuated.failed + migrated.failed + setup_failed;
  state.counters["zones_left"] = left;
}

BENCHMARK(BM_Evacuate1000From10Hosts)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace kzsim

BENCHMARK_MAIN();
