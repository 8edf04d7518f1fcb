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

  SimDuration now() const { return now_; }
  void advance(SimDuration by) { now_ += by; }

  // Seconds since the Unix epoch.
  std::int64_t unix_seconds() const;

  // strftime-style formatting of the current simulated time in UTC ("%Y-%m-%d %H:%M").
  std::string format(const char* pattern) const;

 private:
  SimDuration now_{0};
};

}  // namespace kzsim
