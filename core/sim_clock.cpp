#include "core/sim_clock.hpp"

#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kzsim {

namespace {

std::string utc(std::int64_t seconds, const char* pattern) {
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[128];
  std::size_t n = std::strftime(buffer, sizeof buffer, pattern, &utc);
  return std::string(buffer, n);
}

}  // namespace

void SimClock::advance(SimDuration by) {
  if (by < SimDuration::zero() || by > remaining())
    throw InputError(fmt::format("cannot advance the simulated clock by {} ns from {}: its range ends at {}",
                                 by.count(), format("%Y-%m-%d %H:%M:%S UTC"), range_end()));
  now_ += by;
}

std::string SimClock::range_end() {
  return utc(kEpochSeconds + std::chrono::duration_cast<std::chrono::seconds>(kRange).count(),
             "%Y-%m-%d %H:%M:%S UTC");
}

std::int64_t SimClock::unix_seconds() const {
  return kEpochSeconds + std::chrono::duration_cast<std::chrono::seconds>(now_).count();
}

std::string SimClock::format(const char* pattern) const { return utc(unix_seconds(), pattern); }

}  // namespace kzsim
