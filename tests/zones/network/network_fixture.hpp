#pragma once
// A world with one SPARC host and helpers to add kernel zones with anets and run commands.
#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"
#include "zones/world.hpp"

namespace kzsim::zones::testing {

class NetworkTest : public ::testing::Test {
 protected:
  catalog::CpuModel sparc = sparc_model();
  World world{7};
  Host* host = nullptr;

  void SetUp() override { host = &world.add_host(host_on(sparc, "global")); }

  static Resource anet(int id, std::vector<std::pair<std::string, std::string>> properties = {}) {
    Resource resource{"anet", {}, {}};
    resource.set("id", std::to_string(id));
    for (auto& [name, value] : properties) resource.set(name, value);
    return resource;
  }

  Zone& add_zone(const std::string& name, std::vector<Resource> anets, bool running = true) {
    Zone zone;
    zone.name = name;
    zone.state = running ? ZoneState::Running : ZoneState::Installed;
    zone.guest_os = host->os;
    zone.config.resources = std::move(anets);
    if (running) zone.live = zone.config;
    return host->zones[name] = zone;
  }

  scenario::Transcript run(std::string command) {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = "global";
    return world.run(step);
  }
};

}  // namespace kzsim::zones::testing
