#include "core/study/access_trace.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/error.hpp"

namespace kzsim::study {
namespace {

TEST(AccessTrace, SameSeedSameTraceOtherSeedOtherTrace) {
  const TraceSpec spec{Workload::Mix, 64 * MiB, 10000, 7};
  EXPECT_EQ(make_trace(spec), make_trace(spec));
  TraceSpec other = spec;
  other.seed = 8;
  EXPECT_NE(make_trace(spec), make_trace(other));
}

TEST(AccessTrace, EveryWorkloadStaysInsideTheWorkingSet) {
  for (Workload workload : all_workloads) {
    const auto trace = make_trace({workload, 1 * MiB, 100000, 3});
    ASSERT_EQ(trace.size(), 100000u) << workload_name(workload);
    EXPECT_LT(*std::ranges::max_element(trace), 1 * MiB) << workload_name(workload);
  }
}

TEST(AccessTrace, ScanIsSequentialAndWraps) {
  const auto trace = make_trace({Workload::Scan, 64, 10, 1});
  EXPECT_EQ(trace, (std::vector<std::uint64_t>{0, 8, 16, 24, 32, 40, 48, 56, 0, 8}));
}

TEST(AccessTrace, RandomReadsWholeRows) {
  const auto trace = make_trace({Workload::Random, 1 * GiB, 64, 5});
  for (std::size_t i = 0; i < trace.size(); ++i) EXPECT_EQ(trace[i] % 64, (i % 8) * 8);
}

TEST(AccessTrace, ChaseVisitsEveryNodeOncePerCycle) {
  const auto trace = make_trace({Workload::Chase, 64 * KiB, 1024, 9});
  EXPECT_EQ(std::set<std::uint64_t>(trace.begin(), trace.end()).size(), 1024u);
}

TEST(AccessTrace, RefusesAWorkingSetThatIsNotWholeRows) {
  EXPECT_THROW(make_trace({Workload::Scan, 100, 10, 1}), InputError);
  EXPECT_EQ(parse_workload("chase"), Workload::Chase);
  EXPECT_EQ(parse_workload("oltp"), std::nullopt);
}

}  // namespace
}  // namespace kzsim::study
