#pragma once
// A sweep of the page-size study: every combination of model, workload, zone memory size,
// page-size policy, host fragmentation and guest page size, numbered in a fixed order so that
// shards (--shard K/N) of one sweep can run anywhere and be merged.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalog/catalog.hpp"
#include "core/study/access_trace.hpp"
#include "core/study/measurement.hpp"
#include "core/timing/paging.hpp"
#include "core/units.hpp"

namespace kzsim::study {

struct SweepSpec {
  std::vector<std::string> models;
  std::vector<Workload> workloads;
  std::vector<Bytes> memories;          // capped-memory:physical of the zone
  std::vector<std::string> policies;    // "largest-available", "fixed=2G", "mrp", "native", ...
  std::vector<int> fragments;           // percent of the host's largest pages pinned before boot
  std::vector<Bytes> guest_pages;       // empty: each model's smallest page
  Bytes host_memory = 0;                // 0: twice the largest zone memory, in whole largest pages
  Bytes working_set = 0;                // 0: half the smallest zone memory
  std::uint64_t accesses = 1'000'000;   // per configuration, a quarter of them warming up
  std::uint64_t seed = 1;
  std::string trace;                    // a trace file for Workload::Trace (--trace)

  Bytes resolved_working_set() const;
};

nlohmann::json to_json(const SweepSpec& spec);

struct Configuration {
  std::size_t index = 0;
  std::string model;
  Workload workload = Workload::Random;
  Bytes memory = 0;
  std::string policy;
  int fragment = 0;
  Bytes guest_page = 0;
};

// What the host gave the zone's memory.
struct Backing {
  Bytes page_size = 0;
  bool nested = true;  // false for the global-zone reference ("native")
  std::string error;   // the boot failure, when the zone could not boot
};
using BackingChooser = std::function<Backing(const Configuration&)>;

struct Result {
  Configuration configuration;
  Backing backing;
  timing::Paging paging;
  Measurement measurement;
  double slowdown = 0;  // cycles per access over the best of the same model and workload

  bool ok() const { return backing.error.empty(); }
};

// Which configurations a shard runs: index % count == number - 1.
struct Shard {
  int number = 1;
  int count = 1;
  bool holds(std::size_t index) const { return index % static_cast<std::size_t>(count) == static_cast<std::size_t>(number - 1); }
  std::string text() const;
};
// "K/N" with 1 <= K <= N; refuses anything else naming `text`.
Shard parse_shard(std::string_view text);

// Refuses (InputError) an unknown model, a guest page size no model of the sweep has, an empty
// dimension or a working set larger than a zone.
std::vector<Configuration> enumerate(const SweepSpec& spec, const catalog::Catalog& catalog);

// Runs the configurations `shard` holds; `progress(done, total)` after each.
std::vector<Result> run_sweep(const SweepSpec& spec, const catalog::Catalog& catalog, Shard shard,
                              const BackingChooser& backing, const std::function<void(std::size_t, std::size_t)>& progress);

// Fills each result's slowdown against the best result of the same model and workload.
void rank(std::vector<Result>& results);

}  // namespace kzsim::study
