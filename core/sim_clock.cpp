#include "core/sim_clock.hpp"

#include <chrono>
#include <ctime>

namespace kzsim {

std::int64_t SimClock::unix_seconds() const {
  return kEpochSeconds + std::chrono::duration_cast<std::chrono::seconds>(now_).count();
}

std::string SimClock::format(const char* pattern) const {
  std::time_t t = static_cast<std::time_t>(unix_seconds());
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[128];
  std::size_t n = std::strftime(buffer, sizeof buffer, pattern, &utc);
  return std::string(buffer, n);
}

}  // namespace kzsim
