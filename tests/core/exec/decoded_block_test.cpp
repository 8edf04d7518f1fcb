// Guests share Capstone's decoding of a block (exec/decoded_block); each still checks it against
// its own class.
#include "core/exec/decoded_block.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>

#include "core/catalog/catalog.hpp"
#include "core/exec/guest_kernel.hpp"
#include "machine/x86/x86_guest.hpp"

namespace kzsim::exec {
namespace {

// aesenc xmm0, xmm1; ret
constexpr std::array<std::uint8_t, 6> aesenc_then_return = {0x66, 0x0F, 0x38, 0xDC, 0xC1, 0xC3};

RunResult run_aesenc(std::vector<std::string> features) {
  const auto& model = catalog::Catalog::builtin().require_model("intel-skylake");
  auto guest = x86::make_guest(model, std::move(features), 2 * MiB);
  guest->load(kernel_load_address, aesenc_then_return);
  guest->call(kernel_load_address, {}, kernel_stack_top);
  return guest->run(1000);
}

TEST(DecodedBlock, AGuestLackingAFeaturePanicsOnCodeAnotherGuestDecodedWithIt) {
  EXPECT_EQ(run_aesenc({"aes"}).reason, StopReason::Exited);
  const RunResult without_aes = run_aesenc({"sse4.2"});
  EXPECT_EQ(without_aes.reason, StopReason::Panicked);
  EXPECT_NE(without_aes.panic_message.find("aesenc xmm0, xmm1 needs aes"), std::string::npos)
      << without_aes.panic_message;
  EXPECT_EQ(run_aesenc({"aes"}).reason, StopReason::Exited);
}

TEST(DecodedBlock, SameBytesAtTheSameAddressDecodeOnceAndOtherwiseApart) {
  csh capstone = 0;
  ASSERT_EQ(cs_open(CS_ARCH_X86, CS_MODE_64, &capstone), CS_ERR_OK);
  cs_option(capstone, CS_OPT_DETAIL, CS_OPT_ON);
  const DecodedBlock& first = decoded_block(capstone, CS_ARCH_X86, CS_MODE_64, 0x1000, aesenc_then_return);
  ASSERT_EQ(first.instructions.size(), 2u);
  EXPECT_EQ(std::string(first.instructions[0].mnemonic), "aesenc");
  EXPECT_EQ(first.instructions[1].detail, &first.details[1]);
  EXPECT_EQ(first.undecoded_bytes, 0u);
  EXPECT_EQ(&decoded_block(capstone, CS_ARCH_X86, CS_MODE_64, 0x1000, aesenc_then_return), &first);
  const DecodedBlock& elsewhere = decoded_block(capstone, CS_ARCH_X86, CS_MODE_64, 0x2000, aesenc_then_return);
  EXPECT_NE(&elsewhere, &first);
  EXPECT_EQ(elsewhere.instructions[0].address, 0x2000u);
  constexpr std::array<std::uint8_t, 2> cut = {0x66, 0x0F};  // an instruction's first bytes only
  EXPECT_EQ(decoded_block(capstone, CS_ARCH_X86, CS_MODE_64, 0x3000, cut).undecoded_bytes, 2u);
  cs_close(&capstone);
}

}  // namespace
}  // namespace kzsim::exec
