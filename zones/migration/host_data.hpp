#pragma once
// Kernel zone host data (guide ch.7 "Kernel Zone Host Data and Host ID"): kept on the zone's
// boot storage, it says which host last used the zone and in what state. It is sealed
// (zones/persistence/sealed.hpp: AES-128-CCM) under the zone's keysource ("Encryption Keys and
// Host Data"), so only the right key opens it and a changed byte is refused.
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

  std::string text() const;
  static std::optional<HostData> parse(std::string_view text);
};

struct HostDataRead {
  std::optional<HostData> data;  // nothing when there is none or it does not open
  std::string refusal;           // why it does not open (lines prefixed "zone 'Z': error: ")
};

// The zone's host data as `host` reads it with the zone's key: the ch.7 "Encryption key is
// incorrect" refusal for another key, a refusal naming the storage for damaged data.
HostDataRead read_host_data(const World& world, const Host& host, const Zone& zone);
// Records that `host` now holds the zone in `state`; false when the boot storage is unreachable.
bool write_host_data(World& world, Host& host, const Zone& zone, std::string_view state);
// Flips the low bit of the last byte of the zone's sealed host data, as a failing disk would
// (kzsim tamper); false when its boot storage holds none that `host` reaches.
bool damage_host_data(World& world, Host& host, const Zone& zone);

// The ch.7 refusal when another host holds the zone (its lines prefixed "zone 'Z': error: "),
// or "" when `host` may use it.
std::string in_use_refusal(const HostData& data, const Host& host, std::string_view zone);

// Whether `host` may use the zone's storage (boot, ready): "" or the refusal's lines (in use by
// another host, key, damage).
std::string host_data_refusal(const World& world, const Host& host, const Zone& zone);

// The ch.7 refusal when the zone's keysource does not open its host data or suspend image.
std::string key_refusal(std::string_view zone);

}  // namespace kzsim::zones
