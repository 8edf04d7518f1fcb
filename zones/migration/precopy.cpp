#include "zones/migration/precopy.hpp"

#include <algorithm>
#include <cmath>

namespace kzsim::zones {

Precopy::Precopy(Bytes memory, double dirty_bytes_per_second, PrecopyLink link, SimDuration downtime_limit)
    : memory_(memory), dirty_rate_(dirty_bytes_per_second), link_(link), downtime_limit_(downtime_limit), dirty_(memory) {}

SimDuration Precopy::transfer_time(Bytes bytes) const {
  const double seconds = static_cast<double>(bytes) / link_.bytes_per_second;
  return std::chrono::duration_cast<SimDuration>(std::chrono::duration<double>(seconds)) + link_.latency;
}

bool Precopy::converged() const { return rounds_ > 0 && transfer_time(dirty_) <= downtime_limit_; }

PrecopyRound Precopy::next_round() {
  const PrecopyRound round{dirty_, transfer_time(dirty_)};
  const double dirtied = dirty_rate_ * std::chrono::duration<double>(round.took).count();
  sent_ += dirty_;
  dirty_ = std::min(memory_, static_cast<Bytes>(std::llround(dirtied)));
  ++rounds_;
  return round;
}

SimDuration Precopy::downtime() const { return transfer_time(dirty_); }

}  // namespace kzsim::zones
