#pragma once
// Moving a running guest into another engine the way live migration's pre-copy does (QEMU's
// scheme): the first round sends every page, each later round the pages the guest wrote since
// the round before (its write bitmap), while the guest keeps running between rounds; the
// switch-over, with the guest paused, sends the last dirty pages and the vCPU, and the target
// continues where the source stopped. How many rounds to run is the caller's policy.
#include <cstdint>

#include "core/exec/guest.hpp"
#include "core/units.hpp"

namespace kzsim::exec {

class GuestTransfer {
 public:
  // Starts tracking the source's writes. The target must have the source's architecture and RAM
  // size (InputError otherwise) and must not run until the switch-over.
  GuestTransfer(Guest& source, Guest& target);
  // Stops tracking the source's writes unless it switched over; an abandoned transfer leaves the
  // source running as it was.
  ~GuestTransfer();
  GuestTransfer(const GuestTransfer&) = delete;
  GuestTransfer& operator=(const GuestTransfer&) = delete;

  // What the next round (or the switch-over) sends: all of RAM before the first round.
  Bytes dirty_bytes() const;
  // Sends the pages dirty now and clears the source's bitmap; returns the bytes sent.
  Bytes send_round();
  // Sends the rest and the vCPU state; the target is then the guest, and the source must not
  // run again (it may be destroyed). Returns the bytes of memory sent.
  Bytes switch_over();
  int rounds() const { return rounds_; }

 private:
  Bytes send_pages();

  Guest& source_;
  Guest& target_;
  bool first_round_ = true;
  bool switched_over_ = false;
  int rounds_ = 0;
};

}  // namespace kzsim::exec
