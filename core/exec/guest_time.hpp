#pragma once
// A guest's vCPU in simulated time: it executes one instruction per cycle of its clock
// (INFERRED: functional execution has no CPI), and time it idles (KZ_HC_IDLE) costs no
// instructions. Time is granted first and run in slices afterwards, so that a scheduler can
// interleave several guests over the same time.
#include <cstdint>

#include "core/exec/guest.hpp"
#include "core/units.hpp"

namespace kzsim::exec {

// Instructions a vCPU at `clock_mhz` executes in `time`.
std::uint64_t instructions_in(SimDuration time, int clock_mhz);

class GuestTime {
 public:
  explicit GuestTime(int clock_mhz) : clock_mhz_(clock_mhz) {}
  // A guest that moved to another host runs at that host's clock from now on.
  void set_clock(int clock_mhz) { clock_mhz_ = clock_mhz; }

  // Grants `time` more of simulated time.
  void grant(SimDuration time);
  // Instructions the next slice may run (at most `slice`): 0 when the time granted is spent,
  // or idled away.
  std::uint64_t budget(std::uint64_t slice) const;
  // Accounts a slice that executed `instructions` and ended with `result`.
  void account(std::uint64_t instructions, const RunResult& result);
  // Runs slices of `guest` until the time granted is spent or the guest stops for another reason
  // than its budget or idling; returns how the last slice ended (BudgetSpent when none ran).
  RunResult run(Guest& guest, std::uint64_t slice);

 private:
  int clock_mhz_;
  std::int64_t owed_ = 0;  // instructions granted and not run; negative while idling into the future
};

}  // namespace kzsim::exec
