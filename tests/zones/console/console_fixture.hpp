#pragma once
// ZoneadmTest's world with a host of a built-in model instead, so that zones get their class
// and visible features from the real catalog, and installed kernel zones of 2G running 11.2.
#include "tests/zones/zoneadm/zoneadm_fixture.hpp"
#include "zones/console/boot_environments.hpp"

namespace kzsim::zones::testing {

class ConsoleTest : public ZoneadmTest {
 protected:
  void SetUp() override {}

  void use_model(std::string_view id, int cores) {
    Host made = host_on(catalog::Catalog::builtin().require_model(id), "global");
    made.cores = cores;
    host = &world.add_host(std::move(made));
  }

  Zone& add_zone(const std::string& name, std::vector<std::pair<std::string, std::string>> properties = {}) {
    Zone& zone = ZoneadmTest::add_zone(name, ZoneState::Installed, "2G");
    zone.guest_os = catalog::Version{{11, 2}};
    for (auto& [property, value] : properties) zone.config.set(property, value);
    return zone;
  }

  // Boots zone kzone1 with `environments` in its boot-environment file.
  int boot_with_environments(std::string_view model, std::string environments, std::string boot_command) {
    use_model(model, 12);
    add_zone("kzone1");
    host->files.write(boot_environments_path("kzone1"), std::move(environments));
    return run(std::move(boot_command)).exit;
  }
};

}  // namespace kzsim::zones::testing
