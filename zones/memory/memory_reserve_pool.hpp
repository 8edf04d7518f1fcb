#pragma once
// A memory reservation pool (svc:/system/memory-reserve:<name>): memory carved from the host in
// one page size when the service is enabled, from which zones with capped-memory:memory-reserve
// allocate. On SPARC it also holds config/npt-reservation x 16M of nested-page-table memory.
#include <cstdint>
#include <optional>
#include <string>

#include "core/catalog/catalog.hpp"
#include "core/units.hpp"
#include "zones/memory/page_size_policy.hpp"
#include "zones/memory/physical_memory.hpp"

namespace kzsim::zones {

inline constexpr Bytes kNptPerZone = 16 * MiB;

// NPT memory is counted in 16M units; it is held in the largest host page that divides that.
Bytes npt_page_size(const PhysicalMemory& host);

struct MemoryReserveConfig {
  Bytes size = 0;                  // config/size
  PageSizeRequest page_size;       // config/pagesize-policy and config/pagesize (amount ignored)
  int npt_reservation = 0;         // config/npt-reservation (SPARC only)
};

// One mrpstat line.
struct MrpStat {
  std::string name;
  Bytes page_size = 0;
  Bytes total = 0;  // all three include the NPT memory
  Bytes used = 0;
  Bytes free = 0;
};

class MemoryReservePool {
 public:
  // Carves the pool from `host`; nothing (and `error` set) when the host cannot supply it.
  static std::optional<MemoryReservePool> create(std::string name, const MemoryReserveConfig& config,
                                                 PhysicalMemory& host, catalog::Arch arch, std::string& error);

  const std::string& name() const { return name_; }
  Bytes page_size() const { return page_size_; }
  // The owner name under which the pool holds host memory.
  std::string host_owner() const { return "memory-reserve:" + name_; }

  bool allocate(std::string_view zone, Bytes amount) { return pages_.allocate(zone, amount, page_size_); }
  Bytes release(std::string_view zone, Bytes amount) { return pages_.release(zone, amount); }
  Bytes release_all(std::string_view zone) { return pages_.release_all(zone); }
  Bytes owned(std::string_view zone) const { return pages_.owned(zone); }
  Bytes free_bytes() const { return pages_.free_bytes(); }
  bool in_use() const { return pages_.free_bytes() != pages_.total() || npt_used_ > 0; }

  // A zone's nested page tables, from the reservation while it lasts.
  bool take_npt();
  void return_npt();

  MrpStat stat() const;

 private:
  MemoryReservePool(std::string name, Bytes page_size, Bytes size, Bytes npt_total);

  std::string name_;
  Bytes page_size_;
  PhysicalMemory pages_;
  Bytes npt_total_;
  Bytes npt_used_ = 0;
};

}  // namespace kzsim::zones
