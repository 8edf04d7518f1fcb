#include "zones/memory/memory_reserve_pool.hpp"

#include <algorithm>

#include "zones/memory/memory_messages.hpp"

namespace kzsim::zones {

Bytes npt_page_size(const PhysicalMemory& host) {
  Bytes chosen = host.page_sizes().front();
  for (Bytes size : host.page_sizes()) {
    if (kNptPerZone % size == 0) chosen = size;
  }
  return chosen;
}

std::optional<MemoryReservePool> MemoryReservePool::create(std::string name, const MemoryReserveConfig& config,
                                                           PhysicalMemory& host, catalog::Arch arch,
                                                           std::string& error) {
  PageSizeRequest request = config.page_size;
  request.amount = config.size;
  const PageSizeChoice choice = choose_page_size(host, arch, request);
  if (!choice.ok()) {
    error = choice.error;
    return std::nullopt;
  }
  const Bytes npt_total = arch == catalog::Arch::Sparc ? kNptPerZone * static_cast<Bytes>(config.npt_reservation) : 0;
  MemoryReservePool pool(std::move(name), choice.page_size, config.size, npt_total);
  host.allocate(pool.host_owner(), config.size, choice.page_size);
  if (npt_total > 0 && !host.allocate(pool.host_owner(), npt_total, npt_page_size(host))) {
    host.release_all(pool.host_owner());
    error = npt_exhausted_message(pool.name());
    return std::nullopt;
  }
  return pool;
}

MemoryReservePool::MemoryReservePool(std::string name, Bytes page_size, Bytes size, Bytes npt_total)
    : name_(std::move(name)), page_size_(page_size), pages_(size, {page_size}), npt_total_(npt_total) {}

bool MemoryReservePool::take_npt() {
  if (npt_used_ + kNptPerZone > npt_total_) return false;
  npt_used_ += kNptPerZone;
  return true;
}

void MemoryReservePool::return_npt() { npt_used_ -= std::min(npt_used_, kNptPerZone); }

MrpStat MemoryReservePool::stat() const {
  const Bytes total = pages_.total() + npt_total_;
  const Bytes used = pages_.total() - pages_.free_bytes() + npt_used_;
  return {name_, page_size_, total, used, total - used};
}

}  // namespace kzsim::zones
