#pragma once
// Everything a host's kernel zones do with memory: boot (the whole capped-memory:physical at
// once, from system memory or a reservation pool), halt, live resize, and the pools themselves.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/units.hpp"
#include "zones/memory/memory_reserve_pool.hpp"
#include "zones/memory/page_size_policy.hpp"
#include "zones/memory/physical_memory.hpp"

namespace kzsim::zones {

// What a zone asks for at boot (its capped-memory resource).
struct ZoneMemoryRequest {
  PageSizeRequest page_size;   // amount = capped-memory:physical
  std::string memory_reserve;  // capped-memory:memory-reserve; empty: system memory
};

struct BootResult {
  Bytes page_size = 0;
  std::string error;  // the failure's lines, each ending in a newline
  bool ok() const { return error.empty(); }
};

struct ResizeResult {
  Bytes before = 0;
  Bytes after = 0;  // what the zone has now
};

class HostMemory {
 public:
  HostMemory(Bytes total, std::vector<Bytes> page_sizes, catalog::Arch arch);

  BootResult boot(std::string_view zone, const ZoneMemoryRequest& request);
  void halt(std::string_view zone);
  // Grows or shrinks a running zone towards `target` in its page size. Growth stops when pages
  // run out; shrinking stops at `in_use`, the memory the guest's workload keeps (rounded up to
  // whole pages; the guide shows a 16G zone refusing to go to 4G and a partial shrink).
  ResizeResult resize(std::string_view zone, Bytes target, Bytes in_use);
  Bytes zone_memory(std::string_view zone) const;
  std::optional<Bytes> zone_page_size(std::string_view zone) const;  // nothing when not booted

  // Enables (or re-sizes) pool `name`; the error text when the host cannot supply it.
  std::string enable_pool(const std::string& name, const MemoryReserveConfig& config);
  // False when a zone still uses the pool.
  bool disable_pool(std::string_view name);
  const MemoryReservePool* find_pool(std::string_view name) const;
  std::vector<MrpStat> mrpstat() const;

  const PhysicalMemory& physical() const { return physical_; }

 private:
  struct Allocation {
    Bytes page_size = 0;
    std::string pool;  // empty: system memory
    bool npt_from_pool = false;
  };

  std::string owner(std::string_view zone) const { return "zone:" + std::string(zone); }
  MemoryReservePool* pool_of(const Allocation& allocation);

  catalog::Arch arch_;
  PhysicalMemory physical_;
  std::map<std::string, MemoryReservePool, std::less<>> pools_;
  std::map<std::string, Allocation, std::less<>> zones_;
};

}  // namespace kzsim::zones
