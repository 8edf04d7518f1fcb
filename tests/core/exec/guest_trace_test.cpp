#include "core/exec/guest_trace.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "tests/core/exec/model_guest.hpp"

namespace kzsim::exec {
namespace {

struct Traced {
  std::string text;
  TraceSummary summary;
  std::uint64_t guest_instructions = 0;
  double model_cycles = 0;
};

Traced trace_model(const std::string& model_id, const WorkloadRun& run, TraceRange range) {
  auto guest = testing::boot_on_model(model_id, run);
  timing::TimingModel timing_model(catalog::Catalog::builtin().require_model(model_id).timing);
  std::ostringstream out;
  Traced traced;
  traced.summary = trace(*guest, timing_model, range, out);
  traced.text = out.str();
  traced.guest_instructions = guest->instructions();
  traced.model_cycles = timing_model.counters().cycles;
  return traced;
}

// Every block's instruction lines add up to its total line, and the blocks to the summary.
void expect_blocks_add_up(const Traced& traced) {
  static const std::regex block(R"(block 0x[0-9a-f]+, [0-9]+ bytes)");
  static const std::regex instruction(R"(  0x[0-9a-f]+  .+ (alu|load|store|branch|mul|div|fp|crypto) +([0-9]+\.[0-9]{2}))");
  static const std::regex total(R"(  = ([0-9]+) instructions, ([0-9]+\.[0-9]{2}) cycles)");
  std::istringstream lines(traced.text);
  std::string line;
  std::smatch match;
  std::uint64_t blocks = 0, instructions = 0, in_block = 0;
  double cycles = 0, block_cycles = 0;
  while (std::getline(lines, line) && !line.starts_with("traced ")) {
    if (std::regex_match(line, block)) {
      ++blocks;
      in_block = 0;
      block_cycles = 0;
    } else if (std::regex_match(line, match, instruction)) {
      ++in_block;
      block_cycles += std::stod(match[2]);
    } else {
      ASSERT_TRUE(std::regex_match(line, match, total)) << line;
      EXPECT_EQ(std::stoull(match[1]), in_block) << line;
      EXPECT_NEAR(std::stod(match[2]), block_cycles, 0.005 * static_cast<double>(in_block + 1)) << line;
      instructions += in_block;
      cycles += std::stod(match[2]);
    }
  }
  EXPECT_EQ(blocks, traced.summary.blocks);
  EXPECT_EQ(instructions, traced.summary.instructions);
  EXPECT_NEAR(cycles, traced.summary.cycles, 0.005 * static_cast<double>(blocks + 1));
}

TEST(GuestTrace, PrintsEachInstructionAndBlockWithCyclesThatAddUp) {
  for (const char* model : {"intel-skylake", "sparc-t5"}) {
    SCOPED_TRACE(model);
    const Traced traced = trace_model(model, {Workload::Chase, 64 * KiB, 100}, {0, 2000});
    ASSERT_EQ(traced.summary.result.reason, StopReason::BudgetSpent);
    EXPECT_GE(traced.summary.instructions, 2000u);
    // Everything the guest ran was traced, and the model charged exactly what was printed.
    EXPECT_EQ(traced.summary.instructions, traced.guest_instructions);
    EXPECT_NEAR(traced.summary.cycles, traced.model_cycles, 1e-6 * traced.model_cycles);
    EXPECT_NE(traced.text.find(" load "), std::string::npos);
    expect_blocks_add_up(traced);
  }
}

TEST(GuestTrace, ChargesTheStallsOfTheInstructionThatAccessedMemory) {
  // Past the fill and shuffle (about 350K instructions), a chase over 256K: its steps miss the
  // first cache level, so some load costs more than its class CPI; the skipped part is not
  // printed.
  const auto& model = catalog::Catalog::builtin().require_model("intel-skylake");
  const Traced traced = trace_model("intel-skylake", {Workload::Chase, 256 * KiB, 1'000'000}, {500'000, 3000});
  ASSERT_EQ(traced.summary.result.reason, StopReason::BudgetSpent);
  EXPECT_GE(traced.guest_instructions, 503'000u);
  EXPECT_LT(traced.summary.instructions, 3100u);
  const timing::TimingModel plain(model.timing);
  static const std::regex load(R"(  0x[0-9a-f]+  .+ load +([0-9]+\.[0-9]{2}))");
  double worst = 0;
  std::istringstream lines(traced.text);
  std::string line;
  std::smatch match;
  while (std::getline(lines, line))
    if (std::regex_match(line, match, load)) worst = std::max(worst, std::stod(match[1]));
  EXPECT_GT(worst, plain.cpi(timing::InstructionClass::Load));
  expect_blocks_add_up(traced);
}

TEST(GuestTrace, IsDeterministic) {
  const WorkloadRun run{Workload::RandomReads, 64 * KiB, 200};
  EXPECT_EQ(trace_model("sparc-m7", run, {100, 5000}).text, trace_model("sparc-m7", run, {100, 5000}).text);
  EXPECT_EQ(trace_model("amd-zen3", run, {100, 5000}).text, trace_model("amd-zen3", run, {100, 5000}).text);
}

}  // namespace
}  // namespace kzsim::exec
