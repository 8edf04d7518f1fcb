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

// A rebuild that says what does not fit: a pool the host cannot supply or a running zone that
// no longer fits (the first such error; empty when everything fits). `without_pool` leaves
// that pool out (to see whether it can be carved from what the zones leave).
struct RebuiltMemory {
  HostMemory memory;
  std::string failure;
};
RebuiltMemory rebuild_host_memory_checked(const Host& host, std::string_view without_pool = {});

// The zone's capped-memory as a boot request; nothing (and `error` set) when a value is malformed.
std::optional<ZoneMemoryRequest> zone_memory_request(const ZoneConfig& config, std::string& error);

// svc:/system/memory-reserve:<name> config as a pool configuration for `host`; nothing (and
// `error` set, in the service's words) when a value is malformed or unsupported.
std::optional<MemoryReserveConfig> pool_config(const Host& host, const Service& service, std::string& error);

}  // namespace kzsim::zones
