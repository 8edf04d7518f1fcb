#pragma once
// `kzsim trace`: runs a Guest with a timing model attached and prints each executed guest
// instruction, disassembled by Capstone, with the model's cycle estimate, and each translated
// block's total. An instruction's estimate is its class's CPI plus the cycles its data accesses
// added (TLB levels, walks, caches, memory); a block's total is the sum of its instructions'.
#include <cstdint>
#include <ostream>

#include "core/exec/guest.hpp"
#include "core/timing/timing_model.hpp"

namespace kzsim::exec {

struct TraceSummary {
  RunResult result;
  std::uint64_t instructions = 0;  // traced
  std::uint64_t blocks = 0;
  double cycles = 0;
};

struct TraceRange {
  std::uint64_t skip = 0;  // run this many first without printing (the model still warms up)
  std::uint64_t instructions = 0;
};

// Runs `guest` until it exits, panics or has run at least `range.skip + range.instructions`
// more (whole blocks: the trace ends with the block that reaches the count), writing the trace
// of all but the skipped part to `out`. Attaches `model` to the guest for the run and detaches
// it after. A guest whose trace ended on the count is not to be run further: while the trace's
// code hook exists, Unicorn 2.0.1 does not resume a guest stopped by its budget correctly.
TraceSummary trace(Guest& guest, timing::TimingModel& model, TraceRange range, std::ostream& out);

}  // namespace kzsim::exec
