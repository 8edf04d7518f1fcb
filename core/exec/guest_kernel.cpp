#include "core/exec/guest_kernel.hpp"

#include <array>

namespace kzsim::exec {

Bytes kernel_ram_bytes(const WorkloadRun& run) { return kernel_buffer_address + run.buffer_bytes + 64 * KiB; }

void start_kernel(Guest& guest, std::span<const std::uint8_t> image, const WorkloadRun& run) {
  guest.load(kernel_load_address, image);
  const std::array<std::uint64_t, 4> args = {static_cast<std::uint64_t>(run.workload), kernel_buffer_address,
                                             run.buffer_bytes, run.iterations};
  guest.call(kernel_load_address, args, kernel_stack_top);
}

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
