#pragma once
// Simulated wall-clock time. Nothing in kzsim reads the real clock: every timestamp printed
// (logs, svcs STIME, sysadm DATE, log file names) comes from here.
#include <cstdint>
#include <string>

#include "core/units.hpp"

namespace kzsim {

class SimClock {
 public:
  // Every world starts at 2024-02-01 09:00:00 UTC (the guide's publication month), so that
  // timestamps are the same on every run.
  static constexpr std::int64_t kEpochSeconds = 1706778000;

  // The clock counts nanoseconds in 64 bits from kEpochSeconds, so it ends about 292 years on
  // (in 2316); it refuses to go past that end rather than wrap to a year before the epoch.
  static constexpr SimDuration kRange = SimDuration::max();

  SimDuration now() const { return now_; }
  // Throws InputError (naming the clock's end) when `by` is negative or would pass kRange.
  void advance(SimDuration by);
  // How far the clock can still go.
  SimDuration remaining() const { return kRange - now_; }

  // "2316-04-11 23:47:16 UTC": where the clock's range ends, for refusals.
  static std::string range_end();

  // Seconds since the Unix epoch.
  std::int64_t unix_seconds() const;

  // strftime-style formatting of the current simulated time in UTC ("%Y-%m-%d %H:%M").
  std::string format(const char* pattern) const;

 private:
  SimDuration now_{0};
};

}  // namespace kzsim
