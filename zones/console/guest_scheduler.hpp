#pragma once
// Guests of running zones advance as simulated time does. A guest started with a workload is
// granted the time that passes (exec::GuestTime: its host model's clock, idle time free) and
// run in slices of kGuestSlice instructions, round-robin in the order the guests were started,
// so that several zones running workloads progress together and a scenario prints the same
// bytes every run.
#include <cstdint>
#include <memory>
#include <vector>

#include "core/exec/guest_time.hpp"
#include "core/units.hpp"

namespace kzsim::zones {

class World;
struct ZoneConsole;

inline constexpr std::uint64_t kGuestSlice = 1'000'000;

class GuestScheduler {
 public:
  // Schedules the guest of `console` from `now` on; starting it again changes nothing.
  void start(const std::shared_ptr<ZoneConsole>& console, SimDuration now);
  // Runs every scheduled guest up to the world's now. A guest leaves the schedule when it exits
  // or panics, or when its zone halts (its console goes); a zone not running (suspended) or on
  // a host that is down gets no time meanwhile.
  void advance(World& world);
  // A paused guest gets no time: it passes without it (a live migration's stop-and-copy).
  void pause(const ZoneConsole& console, bool paused);
  bool scheduled(const ZoneConsole& console) const;

 private:
  struct Entry {
    std::weak_ptr<ZoneConsole> console;
    SimDuration until{0};  // simulated time up to which the guest was granted time
    exec::GuestTime time{0};
    bool paused = false;
  };
  Entry* find(const ZoneConsole& console);

  std::vector<Entry> entries_;
};

}  // namespace kzsim::zones
