#include "core/exec/guest_transfer.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace kzsim::exec {

GuestTransfer::GuestTransfer(Guest& source, Guest& target) : source_(source), target_(target) {
  if (source.arch().unicorn_arch() != target.arch().unicorn_arch() || source.page_size() != target.page_size() ||
      source.memory().size() != target.memory().size())
    throw InputError(fmt::format("guest transfer: the target ({} of RAM in {} pages) does not match the source "
                                 "({} in {} pages); expected the same architecture and RAM size",
                                 format_size(target.memory().size()), format_size(target.page_size()),
                                 format_size(source.memory().size()), format_size(source.page_size())));
  source_.clear_dirty_pages();
  source_.track_dirty_pages(true);
}

GuestTransfer::~GuestTransfer() {
  if (!switched_over_) source_.track_dirty_pages(false);
}

Bytes GuestTransfer::dirty_bytes() const {
  if (switched_over_) return 0;
  return first_round_ ? source_.memory().size() : source_.dirty_pages().size() * source_.page_size();
}

Bytes GuestTransfer::send_pages() {
  Bytes sent = 0;
  if (first_round_) {
    target_.write_memory(0, source_.memory());
    sent = source_.memory().size();
    first_round_ = false;
  } else {
    const Bytes page = source_.page_size();
    for (const std::uint64_t number : source_.dirty_pages()) {
      target_.write_memory(number * page, source_.memory().subspan(number * page, page));
      sent += page;
    }
  }
  source_.clear_dirty_pages();
  return sent;
}

Bytes GuestTransfer::send_round() {
  ++rounds_;
  return send_pages();
}

Bytes GuestTransfer::switch_over() {
  const Bytes sent = send_pages();
  target_.restore_without_memory(source_.save_without_memory());
  source_.track_dirty_pages(false);
  switched_over_ = true;  // the source may be gone before this transfer
  return sent;
}

}  // namespace kzsim::exec
