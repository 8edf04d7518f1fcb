#pragma once
// Guest code checked against the zone's class before it runs, so that a run that counts no
// instructions (Guest::run_to_stop) needs no block hook on it. Unicorn 2.0.1 emits a block-hook
// call into a translated block only when a hook's range covers the block's first address at
// translation time: blocks starting at verified addresses carry no call at all, the rest keep
// the per-block check. Verification is by address, not by the blocks the engine happens to
// translate: every address of a loaded image at which a block could start (every byte on x86,
// every word on SPARC) is decoded, so that a jump into the middle of an instruction is covered.
#include <cstdint>
#include <functional>
#include <vector>

namespace kzsim::exec {

struct AddressRange {
  std::uint64_t begin = 0;
  std::uint64_t end = 0;  // one past the last address
  bool operator==(const AddressRange&) const = default;
};

// What Capstone and the architecture say of the instruction at one address.
struct DecodedInstruction {
  std::uint32_t size = 0;  // 0: Capstone cannot decode it; the per-block check stops there too
  bool in_class = true;
  bool ends_block = false;  // the engine ends a translated block after it (x86 jumps, calls, returns)
};

using Decoder = std::function<DecodedInstruction(std::uint64_t address)>;

// The addresses of `image` (every `alignment` bytes) where a block may start without the check,
// as sorted maximal runs: every instruction a block starting there can hold (up to the first that
// ends a block) decodes in the class and lies inside the image.
std::vector<AddressRange> verified_runs(AddressRange image, std::uint64_t alignment, const Decoder& decode);

// The addresses outside `runs` (sorted, disjoint), as the inclusive [first, last] pairs that
// uc_hook_add takes.
std::vector<std::pair<std::uint64_t, std::uint64_t>> hook_ranges_outside(const std::vector<AddressRange>& runs);

}  // namespace kzsim::exec
