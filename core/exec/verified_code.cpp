#include "core/exec/verified_code.hpp"

namespace kzsim::exec {

std::vector<AddressRange> verified_runs(AddressRange image, std::uint64_t alignment, const Decoder& decode) {
  const std::uint64_t slots = (image.end - image.begin) / alignment;
  // From the end down, so that an instruction's successor is known when it is decided.
  std::vector<bool> verified(slots, false);
  for (std::uint64_t slot = slots; slot-- > 0;) {
    const std::uint64_t address = image.begin + slot * alignment;
    const DecodedInstruction insn = decode(address);
    if (!insn.in_class) continue;
    if (insn.size == 0 || insn.ends_block) {
      verified[slot] = insn.size == 0 || address + insn.size <= image.end;
      continue;
    }
    const std::uint64_t next = address + insn.size;
    verified[slot] = next < image.end && (next - image.begin) % alignment == 0 &&
                     verified[(next - image.begin) / alignment];
  }
  std::vector<AddressRange> runs;
  for (std::uint64_t slot = 0; slot < slots; ++slot) {
    if (!verified[slot]) continue;
    const std::uint64_t address = image.begin + slot * alignment;
    if (!runs.empty() && runs.back().end == address)
      runs.back().end = address + alignment;
    else
      runs.push_back({address, address + alignment});
  }
  return runs;
}

std::vector<std::pair<std::uint64_t, std::uint64_t>> hook_ranges_outside(const std::vector<AddressRange>& runs) {
  std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
  std::uint64_t from = 0;
  for (const AddressRange& run : runs) {
    if (run.begin > from) ranges.emplace_back(from, run.begin - 1);
    from = run.end;
  }
  if (from != 0 || runs.empty()) ranges.emplace_back(from, ~std::uint64_t{0});
  return ranges;
}

}  // namespace kzsim::exec
