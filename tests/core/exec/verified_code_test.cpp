// exec/verified_code: which addresses of an image a block may start at without the class check.
#include "core/exec/verified_code.hpp"

#include <gtest/gtest.h>

#include <map>

namespace kzsim::exec {
namespace {

// A made-up instruction stream: address -> what decodes there.
Decoder decoder(std::map<std::uint64_t, DecodedInstruction> code) {
  return [code = std::move(code)](std::uint64_t address) {
    const auto found = code.find(address);
    return found == code.end() ? DecodedInstruction{1, true, false} : found->second;
  };
}

TEST(VerifiedCode, ABlockThatWouldReachAnInstructionOutsideTheClassIsNotVerified) {
  // 4-byte words: 0x10 is outside the class, 0x18 ends a block.
  const auto runs = verified_runs({0, 0x20}, 4,
                                  decoder({{0x0, {4, true, false}}, {0x4, {4, true, false}}, {0x8, {4, true, false}},
                                           {0xc, {4, true, false}}, {0x10, {4, false, false}},
                                           {0x14, {4, true, false}}, {0x18, {4, true, true}}, {0x1c, {4, true, false}}}));
  // Everything before 0x10 falls through into it; 0x14 and 0x18 end at the block end; 0x1c would
  // run past the image.
  EXPECT_EQ(runs, (std::vector<AddressRange>{{0x14, 0x1c}}));
}

TEST(VerifiedCode, AnUndecodableInstructionEndsTheCheckAsThePerBlockCheckDoes) {
  const auto runs = verified_runs({0, 3}, 1, decoder({{0, {1, true, false}}, {1, {0, true, false}}, {2, {1, true, false}}}));
  EXPECT_EQ(runs, (std::vector<AddressRange>{{0, 2}}));
}

TEST(VerifiedCode, AnInstructionOverTheImageEndIsNotVerified) {
  const auto runs = verified_runs({0, 4}, 1, decoder({{0, {2, true, true}}, {1, {2, true, true}}, {2, {2, true, true}},
                                                      {3, {2, true, true}}}));
  EXPECT_EQ(runs, (std::vector<AddressRange>{{0, 3}}));
}

TEST(VerifiedCode, HooksCoverEverythingOutsideTheRuns) {
  using Ranges = std::vector<std::pair<std::uint64_t, std::uint64_t>>;
  EXPECT_EQ(hook_ranges_outside({}), (Ranges{{0, ~std::uint64_t{0}}}));
  EXPECT_EQ(hook_ranges_outside({{0x10, 0x20}, {0x30, 0x40}}),
            (Ranges{{0, 0xf}, {0x20, 0x2f}, {0x40, ~std::uint64_t{0}}}));
  EXPECT_EQ(hook_ranges_outside({{0, 0x20}}), (Ranges{{0x20, ~std::uint64_t{0}}}));
}

}  // namespace
}  // namespace kzsim::exec
