#include "zones/migration/host_data.hpp"

#include <sstream>

#include <fmt/format.h>

#include "zones/migration/zone_storage.hpp"

namespace kzsim::zones {

namespace {
constexpr std::string_view kHostDataBlock = "hostdata";
}

std::string HostData::text() const {
  return fmt::format("hostid={:08x}\nstate={}\nhostname={}\nbe={}\nbe-uuid={}\nupdated={}\nkey={}\n", hostid, state,
                     hostname, boot_environment, boot_environment_uuid, updated, key);
}

std::optional<HostData> HostData::parse(std::string_view text) {
  HostData data;
  std::istringstream lines{std::string(text)};
  for (std::string line; std::getline(lines, line);) {
    const auto equals = line.find('=');
    if (equals == std::string::npos) return std::nullopt;
    const std::string key = line.substr(0, equals), value = line.substr(equals + 1);
    if (key == "hostid") data.hostid = static_cast<std::uint32_t>(std::stoul(value, nullptr, 16));
    else if (key == "state") data.state = value;
    else if (key == "hostname") data.hostname = value;
    else if (key == "be") data.boot_environment = value;
    else if (key == "be-uuid") data.boot_environment_uuid = value;
    else if (key == "updated") data.updated = value;
    else if (key == "key") data.key = value;
  }
  return data;
}

std::optional<HostData> read_host_data(const World& world, const Host& host, const Zone& zone) {
  const auto block = read_block(world, host, boot_storage(zone.name, zone.config), kHostDataBlock);
  return block ? HostData::parse(*block) : std::nullopt;
}

bool write_host_data(World& world, Host& host, const Zone& zone, std::string_view state) {
  HostData data;
  data.hostid = host.hostid;
  data.state = std::string(state);
  data.hostname = host.name;
  data.boot_environment_uuid = zone.uuid;
  data.updated = world.clock().format("%a %b %d %H:%M:%S %Y");
  data.key = zone.config.first("keysource") ? zone.config.first("keysource")->get("raw").value_or("") : "";
  return write_block(world, host, boot_storage(zone.name, zone.config), kHostDataBlock, data.text());
}

std::string in_use_refusal(const HostData& data, const Host& host, std::string_view zone) {
  if (data.hostid == host.hostid || data.state == "detached") return {};
  const std::string error = fmt::format("zone '{}': error: ", zone);
  return fmt::format(
      "{0}ERROR: zone {1} is in use by host with hostid {2:08x}\n"
      "{0}          last known state: {3}\n"
      "{0}          hostname: {4}\n"
      "{0}          boot environment name: {5}\n"
      "{0}          boot environment uuid: {6}\n"
      "{0}          last update time: {7}\n"
      "{0}To fix, detach the zone from the other host then attach it to\nthis host\n"
      "{0}If the zone is not active on another host, attach it with\n"
      "{0}    zoneadm -z {1} attach -x force-takeover\n",
      error, zone, data.hostid, data.state, data.hostname, data.boot_environment, data.boot_environment_uuid,
      data.updated);
}

std::string key_refusal(const HostData& data, const Zone& zone) {
  const Resource* keysource = zone.config.first("keysource");
  const std::string key = keysource ? keysource->get("raw").value_or("") : "";
  if (key == data.key) return {};
  return fmt::format("zone '{0}': error: Encryption key is incorrect. See solaris-kz(7) for\nconfiguration migration\n"
                     "zone '{0}': procedure or update /etc/zones/keys/{0}.\n",
                     zone.name);
}

}  // namespace kzsim::zones
