#pragma once
// The guest kernel built from core/exec/guest/kernel.c for each architecture: where it lives in
// guest RAM and how to start one of its workloads.
#include <cstdint>
#include <span>

#include "core/exec/guest.hpp"
#include "core/units.hpp"

namespace kzsim::exec {

enum class Workload : std::uint64_t { Checksum = 0, Chase = 1, Scan = 2, RandomReads = 3, Dirty = 4 };

struct WorkloadRun {
  Workload workload = Workload::Checksum;
  Bytes buffer_bytes = 64 * KiB;
  std::uint64_t iterations = 1;  // chase steps, scan passes, random reads or page writes
  std::uint64_t pause_ns = 0;    // Dirty: simulated time the guest idles after each write
};

inline constexpr std::uint64_t kernel_load_address = 0x100000;  // see guest/kernel.ld
inline constexpr std::uint64_t kernel_stack_top = 0xF0000;
// In an 8 MiB span holding no code: Unicorn 2.0.1 checks every guest store for code to drop, and
// the check allocates and frees a tree node when the store's span holds translated code anywhere
// (its page descriptors come 1024 pages at a time: 8 MiB on SPARC, 4 MiB on x86). A SPARC
// store into the buffer costs about 50 ns here and 80 ns at 4 MiB, beside the kernel.
inline constexpr std::uint64_t kernel_buffer_address = 0x800000;

// RAM a guest needs to run `run`.
Bytes kernel_ram_bytes(const WorkloadRun& run);

// Loads `image` and prepares kernel_main for `run`; Guest::run() then boots it.
void start_kernel(Guest& guest, std::span<const std::uint8_t> image, const WorkloadRun& run);
// Prepares `run` in a guest whose kernel has booted and exited; Guest::run() then runs it. The
// guest's RAM must hold kernel_ram_bytes(run).
void start_workload(Guest& guest, const WorkloadRun& run);

// What the checksum workload returns for a buffer of `bytes`, computed on the host.
std::uint64_t expected_checksum(Bytes bytes);

}  // namespace kzsim::exec
