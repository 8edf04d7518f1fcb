#pragma once
// Stops a Unicorn run from another thread when it outlasts a limit of host time. Unicorn's own
// `timeout` argument does the same from a thread that wakes every few microseconds, which costs
// the run itself up to a third on a loaded machine; this one sleeps until the limit or until it
// is dropped.
#include <unicorn/unicorn.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace kzsim::exec {

class Watchdog {
 public:
  Watchdog(uc_engine* uc, std::chrono::milliseconds limit);
  ~Watchdog();
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

  // Whether the limit passed and the run was told to stop.
  bool fired();

 private:
  std::mutex mutex_;
  std::condition_variable dropped_;
  bool done_ = false;
  bool fired_ = false;
  std::thread thread_;
};

}  // namespace kzsim::exec
