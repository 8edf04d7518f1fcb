// AI manifests (zoneadm install -m): any text is a manifest or an InputError naming the file and
// line; any other exception, a crash or a stack overflow (deep nesting) is a finding.
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "zones/zoneadm/ai_manifest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    kzsim::zones::read_ai_manifest(std::string_view(reinterpret_cast<const char*>(data), size), "/tmp/ai.xml");
  } catch (const kzsim::InputError&) {
  }
  return 0;
}
