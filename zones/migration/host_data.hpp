#pragma once
// Kernel zone host data (guide ch.7 "Kernel Zone Host Data and Host ID"): kept on the zone's
// boot storage, it says which host last used the zone, in what state, and holds the check
// value of the zone's encryption key ("Encryption Keys and Host Data").
#include <optional>
#include <string>

#include "zones/world.hpp"

namespace kzsim::zones {

struct HostData {
  std::uint32_t hostid = 0;
  std::string state;     // "installed", "running", "suspended", "detached"
  std::string hostname;
  std::string boot_environment = "solaris";
  std::string boot_environment_uuid;
  std::string updated;   // "Sun Apr 13 20:08:13 2014"
  std::string key;       // the keysource raw value the host data was encrypted with

  std::string text() const;
  static std::optional<HostData> parse(std::string_view text);
};

std::optional<HostData> read_host_data(const World& world, const Host& host, const Zone& zone);
// Records that `host` now holds the zone in `state`; false when the boot storage is unreachable.
bool write_host_data(World& world, Host& host, const Zone& zone, std::string_view state);

// The ch.7 refusal when another host holds the zone (its lines prefixed "zone 'Z': error: "),
// or "" when `host` may use it.
std::string in_use_refusal(const HostData& data, const Host& host, std::string_view zone);

// The ch.7 refusal when the zone's keysource does not open its host data; "" when it does.
std::string key_refusal(const HostData& data, const Zone& zone);

}  // namespace kzsim::zones
