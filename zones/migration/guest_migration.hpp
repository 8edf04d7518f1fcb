#pragma once
// The real guest of a live-migrating zone: its pages move into a guest on the target through an
// exec::GuestTransfer, round by round as the Precopy decides, while the guest keeps running
// between rounds; the switch-over hands the target's guest, continuing where the source's
// stopped, to the zone.
#include <memory>

#include "core/exec/guest.hpp"
#include "core/exec/guest_transfer.hpp"
#include "zones/host.hpp"
#include "zones/migration/precopy.hpp"

namespace kzsim::zones {

class GuestPrecopy : public PrecopyMemory {
 public:
  // `target` must be a guest like `source` (architecture, RAM) that has not run.
  GuestPrecopy(exec::Guest& source, std::unique_ptr<exec::Guest> target);

  Bytes dirty() const override { return transfer_.dirty_bytes(); }
  // Sends the dirty pages; the caller runs the source guest for `took` afterwards.
  void send_round(SimDuration took) override;
  // Sends the last pages and the vCPU (the source must not run again) and returns the guest that
  // continues on the target.
  std::unique_ptr<exec::Guest> switch_over();

 private:
  std::unique_ptr<exec::Guest> target_;
  exec::GuestTransfer transfer_;
};

// A pre-copy of the zone's guest into a new one on `target` when the guest runs code (a workload
// started in it has not ended); nullptr when it does not, and its memory is modelled instead.
std::unique_ptr<GuestPrecopy> guest_precopy(const Zone& zone, const Host& target);

}  // namespace kzsim::zones
