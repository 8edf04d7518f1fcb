#pragma once
// A two-host SPARC world (global1, global2) built from a scenario text, with a running kernel zone
// kz on shared storage, for tests that run a real live migration.
#include <memory>
#include <string>

#include <fmt/format.h>

#include "core/scenario/load.hpp"
#include "zones/migration/migrate.hpp"
#include "zones/world.hpp"

namespace kzsim::zones::testing {

inline constexpr std::string_view kZoneStorage = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60002";

class CaptureStreams : public shell::Streams {
 public:
  void out(std::string_view text) override { out_ += text; }
  void err(std::string_view text) override { err_ += text; }
  const std::string& out_text() const { return out_; }
  const std::string& err_text() const { return err_; }

 private:
  std::string out_, err_;
};

struct LiveWorld {
  std::unique_ptr<World> world;

  // `dirty_rate` is the guest's workload file ("512M" per second).
  explicit LiveWorld(std::string_view dirty_rate) {
    const std::string text = fmt::format(
        "format: 1\nname: live\nhosts:\n  global1: {{machine: sparc-t7}}\n  global2: {{machine: sparc-t7}}\n"
        "storage:\n  - uri: {}\n    size: 16G\nsteps:\n  - run: 'true'\n",
        kZoneStorage);
    auto built = scenario::build_world(scenario::load_scenario_text(text, "live.yaml"));
    world.reset(dynamic_cast<World*>(built.release()));
    const auto setup = run(fmt::format("zonecfg -z kz 'create -t SYSsolaris-kz; select device id=0; set storage={}; end; "
                                       "select capped-memory; set physical=4G; end; commit' && zoneadm -z kz install && "
                                       "zoneadm -z kz boot && echo {} > {}kz",
                                       kZoneStorage, dirty_rate, kWorkloadDirectory));
    if (setup.exit != 0) throw std::runtime_error("live world setup failed: " + setup.err);
  }

  scenario::Transcript run(std::string command, std::string host = "global1") {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = std::move(host);
    return world->run(step);
  }

  int migrate(CaptureStreams& streams, bool dry_run = false) {
    MigrationRequest request;
    request.zone = "kz";
    request.uri = "ssh://global2";
    request.dry_run = dry_run;
    request.verbose = true;
    return migrate_zone(*world, *world->find_host("global1"), shell::Caller{"global1"}, request, streams);
  }

  const Zone* zone_on(std::string_view host) { return world->find_host(host)->find_zone("kz"); }
  bool running_on(std::string_view host) {
    const Zone* zone = zone_on(host);
    return zone != nullptr && zone->state == ZoneState::Running;
  }
};

}  // namespace kzsim::zones::testing
