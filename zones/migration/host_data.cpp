#include "zones/migration/host_data.hpp"

#include <sstream>

#include <fmt/format.h>

#include "zones/migration/zone_storage.hpp"
#include "zones/persistence/sealed.hpp"

namespace kzsim::zones {

namespace {
constexpr std::string_view kHostDataBlock = "hostdata";

std::string host_data_label(const Zone& zone) { return fmt::format("{}:{}", kHostDataBlock, zone.name); }
}  // namespace

std::string HostData::text() const {
  return fmt::format("hostid={:08x}\nstate={}\nhostname={}\nbe={}\nbe-uuid={}\nupdated={}\n", hostid, state,
                     hostname, boot_environment, boot_environment_uuid, updated);
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
  }
  return data;
}

HostDataRead read_host_data(const World& world, const Host& host, const Zone& zone) {
  const std::string storage = boot_storage(zone.name, zone.config);
  const auto block = read_block(world, host, storage, kHostDataBlock);
  if (!block) return {};
  const auto opened = persistence::unseal(persistence::zone_key(zone.config), host_data_label(zone), *block);
  if (opened.outcome == persistence::Unsealed::WrongKey) return {std::nullopt, key_refusal(zone.name)};
  auto data = opened.outcome == persistence::Unsealed::Opened ? HostData::parse(opened.text) : std::nullopt;
  if (!data)
    return {std::nullopt, fmt::format("zone '{}': error: host data on {} is damaged: {}; expected the host data a "
                                      "host wrote. Attach with -x initialize-hostdata to write new host data.\n",
                                      zone.name, storage, opened.why.empty() ? "unreadable fields" : opened.why)};
  return {data, {}};
}

bool write_host_data(World& world, Host& host, const Zone& zone, std::string_view state) {
  HostData data;
  data.hostid = host.hostid;
  data.state = std::string(state);
  data.hostname = host.name;
  data.boot_environment_uuid = zone.boot_environment_uuid;
  data.updated = world.clock().format("%a %b %d %H:%M:%S %Y");
  return write_block(world, host, boot_storage(zone.name, zone.config), kHostDataBlock,
                     persistence::seal(persistence::zone_key(zone.config), host_data_label(zone), data.text()));
}

bool damage_host_data(World& world, Host& host, const Zone& zone) {
  const std::string storage = boot_storage(zone.name, zone.config);
  auto block = read_block(world, host, storage, kHostDataBlock);
  if (!block || block->empty()) return false;
  block->back() = static_cast<char>(block->back() ^ 0x01);
  return write_block(world, host, storage, kHostDataBlock, std::move(*block));
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
      "{0}To fix, detach the zone from the other host then attach it to this host\n"
      "{0}If the zone is not active on another host, attach it with\n"
      "{0}    zoneadm -z {1} attach -x force-takeover\n",
      error, zone, data.hostid, data.state, data.hostname, data.boot_environment, data.boot_environment_uuid,
      data.updated);
}

std::string host_data_refusal(const World& world, const Host& host, const Zone& zone) {
  const auto read = read_host_data(world, host, zone);
  return read.data ? in_use_refusal(*read.data, host, zone.name) : read.refusal;
}

std::string key_refusal(std::string_view zone) {
  return fmt::format("zone '{0}': error: Encryption key is incorrect. See solaris-kz(7) for configuration migration\n"
                     "zone '{0}': procedure or update /etc/zones/keys/{0}.\n",
                     zone);
}

}  // namespace kzsim::zones
