#include "core/shell/interrupt.hpp"

#include <atomic>

namespace kzsim::shell {

namespace {
std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");
}  // namespace

void note_interrupt() { interrupted.store(true); }

void stop_if_interrupted() {
  if (interrupted.exchange(false)) throw Interrupted{};
}

}  // namespace kzsim::shell
