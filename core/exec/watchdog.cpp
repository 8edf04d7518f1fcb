#include "core/exec/watchdog.hpp"

namespace kzsim::exec {

Watchdog::Watchdog(uc_engine* uc, std::chrono::milliseconds limit)
    : thread_([this, uc, limit] {
        std::unique_lock lock(mutex_);
        if (dropped_.wait_for(lock, limit, [this] { return done_; })) return;
        fired_ = true;
        uc_emu_stop(uc);
      }) {}

Watchdog::~Watchdog() {
  {
    std::lock_guard lock(mutex_);
    done_ = true;
  }
  dropped_.notify_one();
  thread_.join();
}

bool Watchdog::fired() {
  std::lock_guard lock(mutex_);
  return fired_;
}

}  // namespace kzsim::exec
