// The zonecfg language, typed interactively and read from a command file (-f), by root and by a
// user with the Zone Configuration profile; every outcome is a transcript, never a crash.
#include <cstdint>

#include "tests/fuzz/fuzz_world.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = kzsim::fuzz::text_of(data, size);
  auto world = kzsim::fuzz::fresh_world();
  kzsim::fuzz::run(*world, "zonecfg -z kz", "global1", text);
  world->find_host("global1")->files.write("/var/tmp/commands", text);
  kzsim::fuzz::run(*world, "zonecfg -z kz2 -f /var/tmp/commands");
  kzsim::fuzz::run(*world, "zonecfg -z kz info; zonecfg -z kz export; zonecfg -z kz2 export");
  return 0;
}
