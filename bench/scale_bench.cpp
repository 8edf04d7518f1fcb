// Scale of the simulated world: (a) 10,000 host-command steps and (b) 1,000 kernel zones
// configured, installed and booted across 10 hosts, each as a scenario text loaded by
// core/scenario and replayed through the real World, against the same number of `echo` steps
// in the same run. Times are thread CPU time (load, world build and replay).
#include <benchmark/benchmark.h>

#include <array>

#include "bench/thread_cpu_time.hpp"
#include "bench/zone_fleet.hpp"

namespace kzsim {
namespace {

constexpr int kCommandSteps = 10'000;
constexpr int kHosts = 10;
constexpr int kZonesPerHost = 100;

struct Replayed {
  double seconds = 0;
  int failed = 0;
};

Replayed replay_text(const std::string& text) {
  const double start = bench::thread_cpu_seconds();
  scenario::Scenario loaded;
  const auto world = bench::load_world(text, loaded);
  const int failed = bench::replay(*world, loaded);
  return {bench::thread_cpu_seconds() - start, failed};
}

std::string host_command_scenario(bool echo_only) {
  constexpr std::array<std::string_view, 6> commands = {"uname -a", "virtinfo", "psrinfo -vp", "pagesize -a",
                                                        "svcs", "isainfo -v"};
  std::string text = bench::fleet_header(1, 0);
  for (int i = 0; i < kCommandSteps; ++i)
    text += bench::step(echo_only ? "echo hello" : commands[i % commands.size()], bench::fleet_host(0));
  return text;
}

std::string zone_fleet_scenario(bool echo_only) {
  std::string text = bench::fleet_header(kHosts, kZonesPerHost);
  for (int h = 0; h < kHosts; ++h)
    for (int z = 0; z < kZonesPerHost; ++z)
      text += echo_only ? bench::step("echo a", bench::fleet_host(h)) + bench::step("echo b", bench::fleet_host(h)) +
                              bench::step("echo c", bench::fleet_host(h))
                        : bench::zone_steps(h, z);
  return text;
}

void report(benchmark::State& state, std::string (*scenario_of)(bool)) {
  const std::string real = scenario_of(false), baseline = scenario_of(true);
  Replayed measured, echo;
  for (auto _ : state) {
    measured = replay_text(real);
    echo = replay_text(baseline);
    state.SetIterationTime(measured.seconds);
  }
  state.counters["seconds"] = measured.seconds;
  state.counters["echo_seconds"] = echo.seconds;
  state.counters["time_vs_echo"] = measured.seconds / echo.seconds;
  state.counters["failed_steps"] = measured.failed;
}

void BM_HostCommands10k(benchmark::State& state) { report(state, host_command_scenario); }
void BM_KernelZones1000On10Hosts(benchmark::State& state) { report(state, zone_fleet_scenario); }

BENCHMARK(BM_HostCommands10k)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_KernelZones1000On10Hosts)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
}  // namespace kzsim

BENCHMARK_MAIN();
