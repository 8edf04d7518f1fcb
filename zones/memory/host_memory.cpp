#include "zones/memory/host_memory.hpp"

#include <fmt/format.h>

#include "zones/memory/memory_messages.hpp"

namespace kzsim::zones {

HostMemory::HostMemory(Bytes total, std::vector<Bytes> page_sizes, catalog::Arch arch)
    : arch_(arch), physical_(total, std::move(page_sizes)) {}

MemoryReservePool* HostMemory::pool_of(const Allocation& allocation) {
  auto found = pools_.find(allocation.pool);
  return found == pools_.end() ? nullptr : &found->second;
}

BootResult HostMemory::boot(std::string_view zone, const ZoneMemoryRequest& request) {
  const Bytes amount = request.page_size.amount;
  if (request.memory_reserve.empty()) {
    const PageSizeChoice choice = choose_page_size(physical_, arch_, request.page_size);
    if (!choice.ok()) return {0, choice.error};
    physical_.allocate(owner(zone), amount, choice.page_size);
    zones_[std::string(zone)] = Allocation{choice.page_size, {}};
    return {choice.page_size, {}};
  }
  auto found = pools_.find(request.memory_reserve);
  if (found == pools_.end()) {
    return {0, fmt::format("error: capped-memory:memory-reserve value {} names no online svc:/system/memory-reserve "
                           "instance; expected an enabled reservation pool.\n",
                           request.memory_reserve)};
  }
  MemoryReservePool& pool = found->second;
  if (amount % pool.page_size() != 0) return {0, unaligned_memory_message(amount, pool.page_size())};
  const bool needs_npt = arch_ == catalog::Arch::Sparc;
  const bool npt_in_pool = needs_npt && pool.take_npt();
  if (needs_npt && !npt_in_pool && !physical_.allocate(owner(zone), kNptPerZone, npt_page_size(physical_))) {
    return {0, npt_exhausted_message(pool.name())};
  }
  if (!pool.allocate(zone, amount)) {
    if (npt_in_pool) pool.return_npt();
    physical_.release_all(owner(zone));
    return {0, not_enough_contiguous_pages_message(amount)};
  }
  zones_[std::string(zone)] = Allocation{pool.page_size(), pool.name(), npt_in_pool};
  return {pool.page_size(), {}};
}

void HostMemory::halt(std::string_view zone) {
  auto found = zones_.find(zone);
  if (found == zones_.end()) return;
  if (MemoryReservePool* pool = pool_of(found->second)) {
    pool->release_all(zone);
    if (found->second.npt_from_pool) pool->return_npt();
  }
  physical_.release_all(owner(zone));
  zones_.erase(found);
}

Bytes HostMemory::zone_memory(std::string_view zone) const {
  auto found = zones_.find(zone);
  if (found == zones_.end()) return 0;
  if (found->second.pool.empty()) return physical_.owned(owner(zone));
  return pools_.find(found->second.pool)->second.owned(zone);
}

std::optional<Bytes> HostMemory::zone_page_size(std::string_view zone) const {
  auto found = zones_.find(zone);
  if (found == zones_.end()) return std::nullopt;
  return found->second.page_size;
}

ResizeResult HostMemory::resize(std::string_view zone, Bytes target, Bytes in_use) {
  auto found = zones_.find(zone);
  const Bytes before = zone_memory(zone);
  if (found == zones_.end() || target == before) return {before, before};
  const Bytes page = found->second.page_size;
  MemoryReservePool* pool = pool_of(found->second);
  if (target < before) {
    const Bytes kept = std::max((in_use + page - 1) / page * page, page);
    const Bytes shrink = before - std::max(target, std::min(kept, before));
    if (pool) {
      pool->release(zone, shrink);
    } else {
      physical_.release(owner(zone), shrink);
    }
    return {before, zone_memory(zone)};
  }
  const Bytes pages_wanted = (target - before) / page;
  const std::uint64_t pages_free = pool ? pool->free_bytes() / page : physical_.free_pages(page);
  const Bytes grow = std::min<std::uint64_t>(pages_wanted, pages_free) * page;
  if (pool) {
    pool->allocate(zone, grow);
  } else {
    physical_.allocate(owner(zone), grow, page);
  }
  return {before, zone_memory(zone)};
}

std::string HostMemory::enable_pool(const std::string& name, const MemoryReserveConfig& config) {
  auto existing = pools_.find(name);
  if (existing != pools_.end()) {
    if (existing->second.in_use()) {
      return fmt::format("error: memory reservation pool {} is in use by a kernel zone; expected no zone using it.\n",
                         name);
    }
    physical_.release_all(existing->second.host_owner());
    pools_.erase(existing);
  }
  std::string error;
  auto pool = MemoryReservePool::create(name, config, physical_, arch_, error);
  if (pool) pools_.emplace(name, std::move(*pool));
  return error;
}

bool HostMemory::disable_pool(std::string_view name) {
  auto found = pools_.find(name);
  if (found == pools_.end()) return true;
  if (found->second.in_use()) return false;
  physical_.release_all(found->second.host_owner());
  pools_.erase(found);
  return true;
}

const MemoryReservePool* HostMemory::find_pool(std::string_view name) const {
  auto found = pools_.find(name);
  return found == pools_.end() ? nullptr : &found->second;
}

std::vector<MrpStat> HostMemory::mrpstat() const {
  std::vector<MrpStat> stats;
  for (const auto& [name, pool] : pools_) stats.push_back(pool.stat());
  return stats;
}

}  // namespace kzsim::zones
