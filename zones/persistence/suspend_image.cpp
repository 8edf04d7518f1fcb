#include "zones/persistence/suspend_image.hpp"

#include <fmt/format.h>

#include "zones/migration/host_data.hpp"
#include "zones/migration/zone_storage.hpp"
#include "zones/persistence/sealed.hpp"

namespace kzsim::zones::persistence {

namespace {

constexpr std::string_view kSuspendBlock = "suspend";

std::string label(const Zone& zone) { return fmt::format("{}:{}", kSuspendBlock, zone.name); }

}  // namespace

std::string suspend_target(const Zone& zone) {
  const Resource* suspend = zone.config.first("suspend");
  if (suspend == nullptr) return {};
  return suspend->get("storage").value_or("dev:" + suspend->get("path").value_or(""));
}

bool write_suspend_image(World& world, Host& host, const Zone& zone, std::string_view text) {
  return write_block(world, host, suspend_target(zone), kSuspendBlock, seal(zone_key(zone.config), label(zone), text));
}

std::string suspend_image_refusal(const World& world, const Host& host, const Zone& zone) {
  const std::string target = suspend_target(zone);
  const auto image = read_block(world, host, target, kSuspendBlock);
  const auto opened = image ? unseal(zone_key(zone.config), label(zone), *image) : UnsealResult{Unsealed::Damaged, {}, "missing or unreachable"};
  if (opened.outcome == Unsealed::Opened) return {};
  if (opened.outcome == Unsealed::WrongKey) return key_refusal(zone.name);
  return fmt::format("zone '{}': error: suspend image on {} is {}{}; expected the image zoneadm suspend wrote. Nothing "
                     "was resumed; boot with -R to boot without it.\n",
                     zone.name, target, opened.why == "missing or unreachable" ? "" : "damaged: ", opened.why);
}

}  // namespace kzsim::zones::persistence
