#include "core/exec/guest_time.hpp"

#include <algorithm>

namespace kzsim::exec {

std::uint64_t instructions_in(SimDuration time, int clock_mhz) {
  const auto micros = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(time).count());
  const auto rest = static_cast<std::uint64_t>((time % std::chrono::microseconds(1)).count());
  const auto mhz = static_cast<std::uint64_t>(clock_mhz);
  return micros * mhz + rest * mhz / 1000;
}

void GuestTime::grant(SimDuration time) { owed_ += static_cast<std::int64_t>(instructions_in(time, clock_mhz_)); }

std::uint64_t GuestTime::budget(std::uint64_t slice) const {
  return owed_ <= 0 ? 0 : std::min(slice, static_cast<std::uint64_t>(owed_));
}

void GuestTime::account(std::uint64_t instructions, const RunResult& result) {
  owed_ -= static_cast<std::int64_t>(instructions);
  if (result.reason == StopReason::Idle) owed_ -= static_cast<std::int64_t>(instructions_in(result.idle, clock_mhz_));
}

RunResult GuestTime::run(Guest& guest, std::uint64_t slice) {
  RunResult result;
  for (std::uint64_t allowed = budget(slice); allowed > 0 && !guest.exited(); allowed = budget(slice)) {
    const std::uint64_t before = guest.instructions();
    result = guest.run(allowed);
    account(guest.instructions() - before, result);
    if (result.reason != StopReason::BudgetSpent && result.reason != StopReason::Idle) break;
  }
  return result;
}

}  // namespace kzsim::exec
