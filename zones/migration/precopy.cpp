#include "zones/migration/precopy.hpp"

#include <algorithm>
#include <cmath>

namespace kzsim::zones {

ModelledMemory::ModelledMemory(Bytes memory, double dirty_bytes_per_second)
    : memory_(memory), dirty_rate_(dirty_bytes_per_second), dirty_(memory) {}

void ModelledMemory::send_round(SimDuration took) {
  const double dirtied = dirty_rate_ * std::chrono::duration<double>(took).count();
  dirty_ = std::min(memory_, static_cast<Bytes>(std::llround(dirtied)));
}

Precopy::Precopy(Bytes memory, double dirty_bytes_per_second, PrecopyLink link, SimDuration downtime_limit)
    : modelled_(std::make_unique<ModelledMemory>(memory, dirty_bytes_per_second)),
      memory_(*modelled_),
      link_(link),
      downtime_limit_(downtime_limit) {}

Precopy::Precopy(PrecopyMemory& memory, PrecopyLink link, SimDuration downtime_limit)
    : memory_(memory), link_(link), downtime_limit_(downtime_limit) {}

SimDuration Precopy::transfer_time(Bytes bytes) const {
  const double seconds = static_cast<double>(bytes) / link_.bytes_per_second;
  return std::chrono::duration_cast<SimDuration>(std::chrono::duration<double>(seconds)) + link_.latency;
}

bool Precopy::converged() const { return rounds_ > 0 && transfer_time(memory_.dirty()) <= downtime_limit_; }

PrecopyRound Precopy::next_round() {
  const PrecopyRound round{memory_.dirty(), transfer_time(memory_.dirty())};
  memory_.send_round(round.took);
  sent_ += round.sent;
  ++rounds_;
  return round;
}

SimDuration Precopy::downtime() const { return transfer_time(memory_.dirty()); }

}  // namespace kzsim::zones
