#pragma once
// Capstone's decoding of a block of guest code, shared by the guests of a thread: kernel zones
// boot the same kernel, so a fleet decodes each boot block once instead of once per zone
// (Capstone decodes 2-3 M instructions a second; a SPARC zone's boot enters 39 blocks). Each
// guest still describes the instructions against its own class.
#include <capstone/capstone.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace kzsim::exec {

struct DecodedBlock {
  std::vector<cs_insn> instructions;  // each one's detail points into `details`
  std::vector<cs_detail> details;
  std::size_t undecoded_bytes = 0;  // the block's tail that Capstone cannot decode
};

// `code` at `address` decoded by `capstone` (detail on, for `arch` and `mode`), or the decoding
// of the same bytes at the same address made before. Valid until the next call.
const DecodedBlock& decoded_block(csh capstone, cs_arch arch, cs_mode mode, std::uint64_t address,
                                  std::span<const std::uint8_t> code);

}  // namespace kzsim::exec
