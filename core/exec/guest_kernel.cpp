#include "core/exec/guest_kernel.hpp"

#include <fmt/format.h>

#include <array>

#include "core/error.hpp"
#include "core/exec/guest/hypercall_abi.h"

namespace kzsim::exec {

namespace {

void enter_kernel(Guest& guest, std::uint64_t entry, const WorkloadRun& run) {
  if (kernel_ram_bytes(run) > guest.memory().size())
    throw InputError(fmt::format("guest: a workload over {} needs {} of RAM; the guest has {}",
                                 format_size(run.buffer_bytes), format_size(kernel_ram_bytes(run)),
                                 format_size(guest.memory().size())));
  const std::array<std::uint64_t, 6> args = {entry, static_cast<std::uint64_t>(run.workload), kernel_buffer_address,
                                             run.buffer_bytes, run.iterations, run.pause_ns};
  guest.call(kernel_load_address, args, kernel_stack_top);
}

}  // namespace

Bytes kernel_ram_bytes(const WorkloadRun& run) { return kernel_buffer_address + run.buffer_bytes + 64 * KiB; }

void start_kernel(Guest& guest, std::span<const std::uint8_t> image, const WorkloadRun& run) {
  guest.load(kernel_load_address, image);
  enter_kernel(guest, KZ_ENTRY_BOOT, run);
}

void start_workload(Guest& guest, const WorkloadRun& run) { enter_kernel(guest, KZ_ENTRY_RUN, run); }

std::uint64_t expected_checksum(Bytes bytes) {
  const std::uint64_t count = bytes / 8;
  std::uint64_t state = count;
  std::uint64_t hash = 0xcbf29ce484222325;
  for (std::uint64_t i = 0; i < count; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    hash = (hash ^ (state >> 11)) * 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace kzsim::exec
