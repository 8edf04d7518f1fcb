// The value parsers: sizes, durations, bandwidths, storage URIs (suri), migration URIs, and the
// cipher a migration asks for. A size that parses formats back to the same number of bytes.
#include <cstdint>
#include <cstdlib>

#include "core/units.hpp"
#include "tests/fuzz/fuzz_world.hpp"
#include "zones/migration/ciphers.hpp"
#include "zones/migration/migration_uri.hpp"
#include "zones/zonecfg/storage_uri.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = kzsim::fuzz::text_of(data, size);
  if (auto bytes = kzsim::parse_size(text)) {
    if (kzsim::parse_size(kzsim::format_size(*bytes)) != bytes) std::abort();
  }
  kzsim::parse_duration(text);
  kzsim::parse_bandwidth(text);
  kzsim::zones::parse_storage_uri(text);
  kzsim::zones::parse_migration_uri(text, "jdoe");
  static const auto world = kzsim::fuzz::fresh_world();
  kzsim::zones::choose_cipher(*world->find_host("global1"), *world->find_host("global2"), "kz", text);
  return 0;
}
