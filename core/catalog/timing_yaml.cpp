#include "core/catalog/timing_yaml.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>

namespace kzsim::catalog {
namespace {

Serves read_serves(const TableNode& item) {
  const TableNode node = item["serves"];
  const std::string text = node.text();
  if (text == "data") return Serves::Data;
  if (text == "instructions") return Serves::Instructions;
  if (text == "unified") return Serves::Unified;
  node.refuse("data, instructions or unified");
}

Replacement read_replacement(const TableNode& item, int ways) {
  if (!item.has("replacement")) return Replacement::Lru;
  const TableNode node = item["replacement"];
  const std::string text = node.text();
  if (text == "lru") return Replacement::Lru;
  if (text != "plru") node.refuse("lru or plru");
  if (ways <= 1 || !std::has_single_bit(static_cast<unsigned>(ways)) || ways > 64)
    node.refuse("lru (tree pseudo-LRU needs a power-of-two number of ways, 2 to 64)");
  return Replacement::TreePlru;
}

// `full` (fully associative) or a whole number that divides the entry count.
int read_ways(const TableNode& node, Bytes size, int entries) {
  if (node.text() == "full") return 0;
  const int ways = node.integer(1, 1 << 20);
  if (entries % std::min(ways, entries) != 0)
    node.refuse(fmt::format("a number of ways that divides the entry count ({} entries for {})", entries, format_size(size)));
  return ways;
}

// `ways` is one value for every page size or a map by page size.
void read_tlb_ways(const TableNode& node, TlbLevel& tlb) {
  if (node.is_map()) {
    for (const auto& [size, ways] : node.entries()) {
      const auto found = tlb.entries_per_page_size.find(size.size());
      if (found == tlb.entries_per_page_size.end()) size.refuse("a page size listed under entries");
      tlb.ways_per_page_size[found->first] = read_ways(ways, found->first, found->second);
    }
    for (const auto& [size, entries] : tlb.entries_per_page_size)
      if (!tlb.ways_per_page_size.contains(size)) node.refuse(fmt::format("ways for {} as well", format_size(size)));
    return;
  }
  for (const auto& [size, entries] : tlb.entries_per_page_size) tlb.ways_per_page_size[size] = read_ways(node, size, entries);
}

TlbLevel read_tlb(const TableNode& item) {
  item.only_keys({"name", "serves", "entries", "ways", "replacement", "hit_cycles", "source"});
  TlbLevel tlb{item["name"].text(), {}, item["hit_cycles"].integer(0, 1000)};
  for (const auto& [size, count] : item["entries"].entries())
    tlb.entries_per_page_size[size.size()] = count.integer(1, 1 << 20);
  read_tlb_ways(item["ways"], tlb);
  tlb.serves = read_serves(item);
  tlb.replacement = read_replacement(item, tlb.ways_per_page_size.begin()->second);
  return tlb;
}

CacheLevel read_cache(const TableNode& item) {
  item.only_keys({"name", "serves", "size", "line", "ways", "replacement", "hit_cycles", "source"});
  CacheLevel cache{item["name"].text(), item["size"].size(), item["line"].integer(8, 1024),
                   item["ways"].integer(1, 64), item["hit_cycles"].integer(1, 1000)};
  if (!std::has_single_bit(static_cast<unsigned>(cache.line_bytes))) item["line"].refuse("a power of two");
  const Bytes set_bytes = static_cast<Bytes>(cache.line_bytes) * static_cast<Bytes>(cache.ways);
  if (cache.size % set_bytes != 0)
    item["size"].refuse(fmt::format("a multiple of line x ways ({} bytes), so that the sets are whole", set_bytes));
  cache.serves = read_serves(item);
  cache.replacement = read_replacement(item, cache.ways);
  return cache;
}

void read_walk(const TableNode& node, Timing& timing) {
  const std::string kind = node["kind"].text();
  if (kind == "radix") {
    node.only_keys({"kind", "levels", "caches", "nested_tlb", "walkers", "source"});
    timing.walk = WalkKind::Radix;
    timing.page_walk_levels = node["levels"].integer(1, 6);
    if (node.has("caches"))
      for (const TableNode& entries : node["caches"].items()) timing.walk_cache_entries.push_back(entries.integer(0, 1 << 16));
    if (static_cast<int>(timing.walk_cache_entries.size()) >= timing.page_walk_levels)
      node["caches"].refuse("fewer paging-structure caches than levels (the last level is the TLB)");
    timing.nested_tlb_entries = node.has("nested_tlb") ? node["nested_tlb"].integer(0, 1 << 16) : 0;
  } else if (kind == "tsb") {
    node.only_keys({"kind", "probes", "tsb_entries", "miss_cycles", "walkers", "source"});
    timing.walk = WalkKind::Tsb;
    timing.page_walk_levels = node["probes"].integer(1, 4);
    timing.tsb_entries = node["tsb_entries"].integer(1, 1 << 26);
    timing.tsb_miss_cycles = node["miss_cycles"].integer(0, 1000000);
  } else {
    node["kind"].refuse("radix or tsb");
  }
  timing.walkers = node["walkers"].integer(1, 64);
}

}  // namespace

Timing read_timing(const TableNode& node) {
  node.only_keys({"name", "base_cpi", "cpi", "tlbs", "walk", "fill_buffers", "caches", "memory", "source"});
  Timing timing;
  timing.base_cpi = node["base_cpi"].number();
  node["cpi"].only_keys({"alu", "load", "store", "branch", "mul", "div", "fp", "crypto"});
  for (const auto& [key, value] : node["cpi"].entries()) timing.cpi_by_class[key.text()] = value.number();
  for (const TableNode& item : node["tlbs"].items()) timing.tlbs.push_back(read_tlb(item));
  read_walk(node["walk"], timing);
  timing.fill_buffers = node["fill_buffers"].integer(1, 256);
  for (const TableNode& item : node["caches"].items()) timing.caches.push_back(read_cache(item));
  const TableNode memory = node["memory"];
  memory.only_keys({"cycles", "ns", "source"});
  timing.memory_latency_cycles = memory["cycles"].integer(0, 100000);
  timing.memory_latency_ns = memory["ns"].number();
  return timing;
}

}  // namespace kzsim::catalog
