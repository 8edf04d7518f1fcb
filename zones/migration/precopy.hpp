#pragma once
// Live migration's iterative pre-copy (anchors §3a, QEMU's rule): send all memory, then what
// the guest dirtied meanwhile, round after round, until the remaining dirty set can be sent
// within the downtime limit; then pause the guest and send the rest (stop-and-copy).
#include <vector>

#include "core/units.hpp"

namespace kzsim::zones {

inline constexpr SimDuration kDefaultDowntimeLimit = std::chrono::milliseconds(300);  // QEMU default
inline constexpr int kMaxPrecopyRounds = 30;  // QEMU guestperf's max_iters

struct PrecopyLink {
  double bytes_per_second = 0;
  SimDuration latency{0};
};

struct PrecopyRound {
  Bytes sent = 0;
  SimDuration took{0};
};

// One round at a time, so that the caller can advance simulated time and look at faults
// between rounds.
class Precopy {
 public:
  Precopy(Bytes memory, double dirty_bytes_per_second, PrecopyLink link,
          SimDuration downtime_limit = kDefaultDowntimeLimit);

  // Whether the remaining dirty set fits the downtime budget.
  bool converged() const;
  // Sends the current dirty set while the guest dirties more.
  PrecopyRound next_round();
  // The stop-and-copy that ends it: the time the guest is paused.
  SimDuration downtime() const;
  int rounds() const { return rounds_; }
  Bytes bytes_sent() const { return sent_; }
  Bytes remaining() const { return dirty_; }

 private:
  SimDuration transfer_time(Bytes bytes) const;

  Bytes memory_;
  double dirty_rate_;
  PrecopyLink link_;
  SimDuration downtime_limit_;
  Bytes dirty_;  // still to send; all of memory before round 1
  Bytes sent_ = 0;
  int rounds_ = 0;
};

}  // namespace kzsim::zones
