#pragma once
// A world of SPARC hosts for sysadm tests, with a migrator that moves a zone the way a
// successful zoneadm migrate leaves it (so that evacuation is tested apart from migration).
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"
#include "zones/evacuation/evacuate.hpp"
#include "zones/world.hpp"

namespace kzsim::zones::testing {

class EvacuationWorld : public ::testing::Test {
 protected:
  catalog::CpuModel sparc = [] {
    catalog::CpuModel model = sparc_model();
    model.native_class = "SPARC-T4";
    model.cpu_arch_classes = {"generic", "migration-class1", "SPARC-T4"};
    return model;
  }();
  World world;
  std::vector<std::string> migrations;  // "zone uri" (with " -n" for dry runs) in call order
  std::vector<std::string> refused;     // zones the fake migrator refuses

  void SetUp() override {
    for (const char* name : {"global", "global2", "global3"}) world.add_host(host_on(sparc, name));
  }

  Host& host(const std::string& name = "global") { return *world.find_host(name); }

  Zone& add_zone(const std::string& name, ZoneState state, std::string brand = "solaris-kz",
                 std::string physical = "4G", const std::string& on = "global") {
    Zone zone;
    zone.name = name;
    zone.state = state;
    zone.config.brand = std::move(brand);
    if (state == ZoneState::Running) zone.id = static_cast<int>(host(on).zones.size()) + 1;
    Resource capped{"capped-memory", {}, {}};
    capped.set("physical", std::move(physical));
    zone.config.resources.push_back(capped);
    return host(on).zones[name] = zone;
  }

  scenario::Transcript run(std::string command, std::string user = "root", const std::string& on = "global") {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = on;
    step.user = std::move(user);
    return world.run(step);
  }

  Migrator fake_migrator() {
    return [this](World& w, Host& source, const shell::Caller&, const MigrationRequest& request,
                  shell::Streams& streams) {
      migrations.push_back(request.zone + " " + request.uri + (request.dry_run ? " -n" : ""));
      if (std::ranges::find(refused, request.zone) != refused.end()) {
        streams.err("zoneadm: zone '" + request.zone + "': target refused\n");
        return 1;
      }
      if (request.dry_run) return 0;
      Host* target = w.find_host(request.uri.substr(request.uri.find("://") + 3));
      target->zones[request.zone] = source.zones.at(request.zone);
      source.zones.erase(request.zone);
      return 0;
    };
  }

  int evacuate_with(EvacuateOptions options, shell::Streams& streams) {
    return evacuate(world, host(), shell::Caller{"global"}, options, streams, fake_migrator());
  }
  int return_with(EvacuateOptions options, shell::Streams& streams) {
    return return_evacuated(world, host(), shell::Caller{"global"}, options, streams, fake_migrator());
  }

  void target_all(const std::string& uris) {
    ASSERT_EQ(run("svccfg -s system/zones/zone setprop evacuation/target='" + uris + "'").exit, 0);
    ASSERT_EQ(run("svcadm refresh svc:/system/zones").exit, 0);
    ASSERT_EQ(run("sysadm maintain -s").exit, 0);
  }
};

}  // namespace kzsim::zones::testing
