#include "core/study/sweep.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/error.hpp"
#include "core/study/report_columns.hpp"
#include "core/study/sweep_results.hpp"

namespace kzsim::study {
namespace {

SweepSpec small_spec() {
  SweepSpec spec;
  spec.models = {"intel-skylake", "sparc-t5"};
  spec.workloads = {Workload::Random, Workload::Scan};
  spec.memories = {16 * GiB, 20 * GiB};
  spec.policies = {"largest-available", "smallest-only"};
  spec.fragments = {0};
  spec.accesses = 2000;
  return spec;
}

// The host gives 1G pages for largest-available, 2M otherwise; x86 fails at 20G smallest-only.
Backing fake_host(const Configuration& c) {
  if (c.policy == "smallest-only" && c.memory == 20 * GiB) return {0, true, "error: not enough pages\n"};
  return {c.policy == "largest-available" ? GiB : 2 * MiB, true, {}};
}

std::vector<Result> run(const SweepSpec& spec, Shard shard = {}) {
  std::size_t reported = 0;
  auto results = run_sweep(spec, catalog::Catalog::builtin(), shard, fake_host, [&](std::size_t done, std::size_t total) {
    EXPECT_EQ(done, ++reported);
    EXPECT_GE(total, done);
  });
  rank(results);
  return results;
}

TEST(Sweep, EnumeratesEveryCombinationInAFixedOrder) {
  const auto configurations = enumerate(small_spec(), catalog::Catalog::builtin());
  ASSERT_EQ(configurations.size(), 2u * 2 * 2 * 2);
  EXPECT_EQ(configurations[0].guest_page, 4 * KiB);   // the model's smallest page
  EXPECT_EQ(configurations[8].guest_page, 8 * KiB);
  EXPECT_EQ(configurations[1].policy, "smallest-only");
  for (std::size_t i = 0; i < configurations.size(); ++i) EXPECT_EQ(configurations[i].index, i);
}

TEST(Sweep, ShardsPartitionTheSweep) {
  const auto spec = small_spec();
  std::multiset<std::size_t> seen;
  for (int number = 1; number <= 3; ++number)
    for (const auto& r : run(spec, {number, 3})) seen.insert(r.configuration.index);
  EXPECT_EQ(seen.size(), 16u);
  EXPECT_EQ(std::set<std::size_t>(seen.begin(), seen.end()).size(), 16u);
  EXPECT_EQ(parse_shard("2/8").number, 2);
  for (const char* bad : {"0/4", "5/4", "2", "a/b", "2/8x", ""}) EXPECT_THROW(parse_shard(bad), InputError) << bad;
}

TEST(Sweep, RefusesWhatItCannotRun) {
  auto spec = small_spec();
  spec.guest_pages = {4 * KiB};  // sparc-t5 has no 4K pages
  EXPECT_THROW(enumerate(spec, catalog::Catalog::builtin()), InputError);
  spec = small_spec();
  spec.working_set = 32 * GiB;
  EXPECT_THROW(enumerate(spec, catalog::Catalog::builtin()), InputError);
  spec = small_spec();
  spec.policies.clear();
  EXPECT_THROW(enumerate(spec, catalog::Catalog::builtin()), InputError);
  spec = small_spec();
  spec.models = {"intel-skylak"};
  EXPECT_THROW(enumerate(spec, catalog::Catalog::builtin()), InputError);
}

TEST(Sweep, FailedBootsAreRowsWithoutMeasurementsAndTheBestHasSlowdownOne) {
  const auto results = run(small_spec());
  std::size_t failed = 0, best = 0;
  for (const auto& r : results) {
    if (!r.ok()) {
      ++failed;
      EXPECT_EQ(r.measurement.accesses, 0u);
      continue;
    }
    EXPECT_EQ(r.measurement.accesses, 1500u);  // a quarter warms up
    EXPECT_GE(r.slowdown, 1.0);
    best += r.slowdown == 1.0;
  }
  EXPECT_EQ(failed, 4u);
  EXPECT_GE(best, 4u);  // one per model and workload at least
}

TEST(Sweep, ResultsSurviveJsonAndShardsMergeBack) {
  const auto spec = small_spec();
  std::vector<std::pair<std::string, SweepResults>> shards;
  for (int number = 1; number <= 2; ++number) {
    const SweepResults shard{to_json(spec), 16, Shard{number, 2}.text(), run(spec, {number, 2})};
    shards.emplace_back("shard" + std::to_string(number), sweep_results_from_json(to_json(shard), "shard"));
  }
  auto merged = merge(shards);
  rank(merged.results);
  auto whole = run(spec);
  EXPECT_EQ(results_csv(merged.results), results_csv(whole));

  EXPECT_THROW(merge({shards[0]}), InputError);                 // shard 2 missing
  EXPECT_THROW(merge({shards[0], shards[0], shards[1]}), InputError);  // twice
  auto other = shards[1];
  other.second.sweep["seed"] = 2;
  EXPECT_THROW(merge({shards[0], other}), InputError);
  EXPECT_THROW(sweep_results_from_json(nlohmann::json{{"format", "x"}}, "bad.json"), InputError);
}

TEST(Sweep, ReportColumnsNameEveryFigure) {
  const auto csv = results_csv(run(small_spec()));
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "index,model,workload,memory,policy,fragment_percent,guest_page,backing_page,tlb_page,"
            "walk_references_per_walk,cycles_per_access,tlb1_level,tlb1_misses_per_1k,tlb2_level,tlb2_misses_per_1k,"
            "walks_per_1k,walk_references,walk_cycles,walk_cycle_share,slowdown,status");
  EXPECT_NE(csv.find("boot failed: error: not enough pages"), std::string::npos);
}

}  // namespace
}  // namespace kzsim::study
