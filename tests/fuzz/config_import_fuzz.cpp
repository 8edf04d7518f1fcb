// Imported zone configurations: the input is the configuration block of a Unified Archive
// (zonecfg create -a), the text form in which a configuration travels between hosts. What it
// creates goes through the migration target's checks; its export must read back into the same
// export (the round trip a migration and an archive rely on).
#include <cstdint>
#include <cstdlib>

#include "tests/fuzz/fuzz_world.hpp"
#include "zones/migration/target_config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto world = kzsim::fuzz::fresh_world();
  auto& source = *world->find_host("global1");
  source.files.write("/var/tmp/kz.uar", "-----BEGIN CONFIGURATION-----\n" + kzsim::fuzz::text_of(data, size) +
                                            "-----END CONFIGURATION-----\n");
  if (kzsim::fuzz::run(*world, "zonecfg -z kz 'create -a /var/tmp/kz.uar; commit'").exit != 0) return 0;
  const auto* zone = source.find_zone("kz");
  if (zone == nullptr) return 0;
  kzsim::zones::release_refusal(*world->find_host("global2"), zone->config);
  kzsim::zones::live_config_refusal(zone->config, zone->config, "kz");
  const auto exported = kzsim::fuzz::run(*world, "zonecfg -z kz export");
  source.files.write("/var/tmp/again.uar", kzsim::zones::configuration_block(zone->config));
  if (kzsim::fuzz::run(*world, "zonecfg -z again 'create -a /var/tmp/again.uar; commit'").exit != 0) std::abort();
  const auto again = kzsim::fuzz::run(*world, "zonecfg -z again export");
  if (exported.out != again.out) std::abort();
  return 0;
}
