#pragma once
// Live migration's iterative pre-copy (anchors §3a, QEMU's rule): send all memory, then what
// the guest dirtied meanwhile, round after round, until the remaining dirty set can be sent
// within the downtime limit; then pause the guest and send the rest (stop-and-copy).
#include <memory>

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

// The memory a pre-copy moves: a model of a guest's dirty rate, or a real guest's pages
// (zones/migration/guest_migration).
class PrecopyMemory {
 public:
  virtual ~PrecopyMemory() = default;
  // What the next round (or the stop-and-copy) sends: all of memory before the first round.
  virtual Bytes dirty() const = 0;
  // Sends that in a round that takes `took`; the guest goes on dirtying memory meanwhile.
  virtual void send_round(SimDuration took) = 0;
};

// A guest that dirties `dirty_bytes_per_second` of its `memory` (kzsim's model for zones whose
// guest runs no code; /var/kzsim/workload/ZONE sets the rate).
class ModelledMemory : public PrecopyMemory {
 public:
  ModelledMemory(Bytes memory, double dirty_bytes_per_second);
  Bytes dirty() const override { return dirty_; }
  void send_round(SimDuration took) override;

 private:
  Bytes memory_;
  double dirty_rate_;
  Bytes dirty_;
};

// One round at a time, so that the caller can advance simulated time and look at faults
// between rounds.
class Precopy {
 public:
  Precopy(Bytes memory, double dirty_bytes_per_second, PrecopyLink link,
          SimDuration downtime_limit = kDefaultDowntimeLimit);
  // Pre-copy of `memory`, which must outlive the Precopy.
  Precopy(PrecopyMemory& memory, PrecopyLink link, SimDuration downtime_limit = kDefaultDowntimeLimit);

  // Whether the remaining dirty set fits the downtime budget.
  bool converged() const;
  // Sends the current dirty set while the guest dirties more.
  PrecopyRound next_round();
  // The stop-and-copy that ends it: the time the guest is paused.
  SimDuration downtime() const;
  int rounds() const { return rounds_; }
  Bytes bytes_sent() const { return sent_; }
  Bytes remaining() const { return memory_.dirty(); }

 private:
  SimDuration transfer_time(Bytes bytes) const;

  std::unique_ptr<PrecopyMemory> modelled_;  // when built from a dirty rate
  PrecopyMemory& memory_;
  PrecopyLink link_;
  SimDuration downtime_limit_;
  Bytes sent_ = 0;
  int rounds_ = 0;
};

}  // namespace kzsim::zones
