#pragma once
// A World with one SPARC host ("global", 64G) for zoneadm tests, zones added in a given state
// with capped-memory physical and pagesize-policy=largest-available.
#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"
#include "zones/world.hpp"

namespace kzsim::zones::testing {

class ZoneadmTest : public ::testing::Test {
 protected:
  catalog::CpuModel sparc = [] {
    catalog::CpuModel model = sparc_model();
    model.native_class = "SPARC-T5";
    model.cpu_arch_classes = {"generic", "migration-class1", "SPARC-T5"};
    return model;
  }();
  World world;
  Host* host = nullptr;

  void SetUp() override { host = &world.add_host(host_on(sparc, "global")); }

  Zone& add_zone(const std::string& name, ZoneState state, std::string physical = "4G") {
    Zone zone;
    zone.name = name;
    zone.state = state;
    zone.uuid = "uuid-" + name;
    Resource capped{"capped-memory", {}, {}};
    capped.set("physical", std::move(physical));
    capped.set("pagesize-policy", "largest-available");
    zone.config.resources.push_back(capped);
    return host->zones[name] = zone;
  }

  scenario::Transcript run(std::string command, std::string stdin_text = {}) {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = "global";
    step.stdin_text = std::move(stdin_text);
    return world.run(step);
  }
};

}  // namespace kzsim::zones::testing
