#pragma once
// A host's memory as its zones and reservation pools leave it. The allocator is deterministic,
// so it is rebuilt on demand: the enabled memory-reserve pools first (they are reserved early in
// the global zone's boot), then every running zone in boot (zone id) order, in the page size it
// booted with and the size it has now.
#include <optional>
#include <string>

#include "zones/host.hpp"
#include "zones/memory/host_memory.hpp"

namespace kzsim::zones {

HostMemory rebuild_host_memory(const Host& host);

// The zone's capped-memory as a boot request; nothing (and `error` set) when a value is malformed.
std::optional<ZoneMemoryRequest> zone_memory_request(const ZoneConfig& config, std::string& error);

// svc:/system/memory-reserve:<name> config as a pool configuration.
std::optional<MemoryReserveConfig> pool_config(const Service& service, std::string& error);

}  // namespace kzsim::zones
