// The `zoneadm migrate -n` verdict for a running zone over every ordered pair of catalog models,
// every cpu-arch the source provides (and unset) and, on SPARC, every host-compatible level,
// compared with the golden file verdicts.txt (KZSIM_UPDATE_GOLDEN=1 rewrites it).
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/catalog/catalog.hpp"
#include "core/scenario/load.hpp"
#include "zones/migration/migrate.hpp"
#include "tests/zones/migration/live_world.hpp"
#include "tests/zones/migration/migration_paths.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {
namespace {

constexpr std::string_view kStorage = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60001";
const std::string kGolden = KZSIM_VERDICTS_GOLDEN;

std::unique_ptr<World> two_hosts(const catalog::CpuModel& source, const catalog::CpuModel& target) {
  const std::string text = fmt::format(
      "format: 1\nname: m\nhosts:\n  src: {{machine: {}}}\n  dst: {{machine: {}}}\nstorage:\n  - uri: {}\n    size: 16G\n"
      "steps:\n  - run: 'true'\n",
      source.id, target.id, kStorage);
  auto world = scenario::build_world(scenario::load_scenario_text(text, "matrix.yaml"));
  return std::unique_ptr<World>(dynamic_cast<World*>(world.release()));
}

// A refusal on one line: its first line and, when that only introduces the detail ("...failed:"),
// the detail lines up to the timestamped "request failed" line.
std::string refusal_line(const std::string& text) {
  std::istringstream lines(text);
  std::string joined;
  std::getline(lines, joined);
  if (!joined.ends_with(':')) return joined;
  for (std::string line; std::getline(lines, line) && line.find("request failed") == std::string::npos;) joined += " " + line;
  return joined;
}

// The running zone a case starts from, set up through zonecfg and zoneadm on a world of the
// source host alone; or why it does not boot there.
struct SourceZone {
  std::optional<Zone> zone;
  std::string refusal;
};

SourceZone running_zone(const catalog::CpuModel& source, const std::string& cpu_arch, const std::string& level) {
  const std::string text = fmt::format(
      "format: 1\nname: m\nhosts:\n  src: {{machine: {}}}\nstorage:\n  - uri: {}\n    size: 16G\nsteps:\n  - run: 'true'\n",
      source.id, kStorage);
  auto world = scenario::build_world(scenario::load_scenario_text(text, "source.yaml"));
  std::string settings;
  if (cpu_arch != "unset") settings += fmt::format("set cpu-arch={}; ", cpu_arch);
  if (level != "unset") settings += fmt::format("set host-compatible={}; ", level);
  scenario::RunStep step;
  step.host = "src";
  step.command = fmt::format("zonecfg -z kz 'create -t SYSsolaris-kz; {}select device id=0; set storage={}; end; commit' && "
                             "zoneadm -z kz install && zoneadm -z kz boot",
                             settings, kStorage);
  const auto setup = world->run(step);
  if (setup.exit != 0) return {std::nullopt, setup.err.substr(0, setup.err.find('\n'))};
  return {*dynamic_cast<World&>(*world).find_host("src")->find_zone("kz"), {}};
}

std::vector<std::string> with_unset(const std::vector<std::string>& values) {
  std::vector<std::string> all{"unset"};
  for (const std::string& value : values)
    if (value != "unset") all.push_back(value);
  return all;
}

std::string matrix() {
  const auto& models = catalog::Catalog::builtin().models();
  std::string lines;
  for (const catalog::CpuModel& source : models) {
    if (!source.kernel_zones) continue;
    std::vector<std::pair<std::string, SourceZone>> cases;  // "cpu-arch=X host-compatible=Y"
    for (const std::string& cpu_arch : with_unset(source.cpu_arch_classes))
      for (const std::string& level : with_unset(source.host_compatible_levels))
        cases.emplace_back(fmt::format("cpu-arch={} host-compatible={}", cpu_arch, level),
                           running_zone(source, cpu_arch, level));
    for (const catalog::CpuModel& target : models) {
      auto world = two_hosts(source, target);
      Host& source_host = *world->find_host("src");
      for (const auto& [name, start] : cases) {
        std::string verdict = "no zone on source: " + start.refusal;
        if (start.zone) {
          source_host.zones.insert_or_assign("kz", *start.zone);
          testing::CaptureStreams streams;
          MigrationRequest request;
          request.zone = "kz";
          request.uri = "ssh://dst";
          request.dry_run = true;
          const int status = migrate_zone(*world, source_host, shell::Caller{"src"}, request, streams);
          verdict = status == 0 ? "ok" : "refused: " + refusal_line(streams.err_text());
        }
        lines += fmt::format("{} -> {} {}: {}\n", source.id, target.id, name, verdict);
      }
    }
  }
  return lines;
}

TEST(VerdictMatrix, MatchesTheGoldenFile) {
  const std::string actual = matrix();
  if (std::getenv("KZSIM_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(kGolden) << actual;
    GTEST_SKIP() << "rewrote " << kGolden;
  }
  std::ifstream file(kGolden);
  ASSERT_TRUE(file) << kGolden << ": missing; expected the golden verdicts (run with KZSIM_UPDATE_GOLDEN=1)";
  std::stringstream expected;
  expected << file.rdbuf();
  std::istringstream want(expected.str()), got(actual);
  for (std::string want_line, got_line; std::getline(want, want_line);) {
    std::getline(got, got_line);
    ASSERT_EQ(got_line, want_line);
  }
  EXPECT_EQ(expected.str(), actual);
}

}  // namespace
}  // namespace kzsim::zones
