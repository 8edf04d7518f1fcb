#include "machine/sparc/sparc_arch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>

#include "core/error.hpp"
#include "core/exec/guest.hpp"
#include "core/exec/guest/hypercall_abi.h"
#include "machine/sparc/sparc_guest.hpp"

namespace kzsim::sparc {
namespace {

using timing::InstructionClass;

// Everything the register API reaches: the current window and the globals (%g0 is zero).
constexpr std::array<int, 32> window_registers = {
    UC_SPARC_REG_G1, UC_SPARC_REG_G2, UC_SPARC_REG_G3, UC_SPARC_REG_G4, UC_SPARC_REG_G5, UC_SPARC_REG_G6,
    UC_SPARC_REG_G7, UC_SPARC_REG_O0, UC_SPARC_REG_O1, UC_SPARC_REG_O2, UC_SPARC_REG_O3, UC_SPARC_REG_O4,
    UC_SPARC_REG_O5, UC_SPARC_REG_O6, UC_SPARC_REG_O7, UC_SPARC_REG_L0, UC_SPARC_REG_L1, UC_SPARC_REG_L2,
    UC_SPARC_REG_L3, UC_SPARC_REG_L4, UC_SPARC_REG_L5, UC_SPARC_REG_L6, UC_SPARC_REG_L7, UC_SPARC_REG_I0,
    UC_SPARC_REG_I1, UC_SPARC_REG_I2, UC_SPARC_REG_I3, UC_SPARC_REG_I4, UC_SPARC_REG_I5, UC_SPARC_REG_I6,
    UC_SPARC_REG_I7, UC_SPARC_REG_PC};

// The condition codes and %y are not in Unicorn's register API but are readable and writable
// by user-mode instructions, so save and restore run them through %g1/%g2.
constexpr std::array<std::uint8_t, 8> read_ccr_y = {0x83, 0x40, 0x80, 0x00,   // rd %ccr, %g1
                                                    0x85, 0x40, 0x00, 0x00};  // rd %y, %g2
constexpr std::array<std::uint8_t, 8> write_ccr_y = {0x85, 0x80, 0x40, 0x00,   // wr %g1, %g0, %ccr
                                                     0x81, 0x80, 0x80, 0x00};  // wr %g2, %y

constexpr std::array<int, 6> argument_registers = {UC_SPARC_REG_O0, UC_SPARC_REG_O1, UC_SPARC_REG_O2,
                                                   UC_SPARC_REG_O3, UC_SPARC_REG_O4, UC_SPARC_REG_O5};
constexpr std::uint64_t stack_bias = 2047;
constexpr std::uint64_t minimum_frame = 176;
constexpr std::uint32_t hypercall_trap = 0x100 + KZ_SPARC_HYPERCALL_TRAP;

// cbcond (SPARC T4 and later) crashes Unicorn 2.0.1's translator: op=0, bit 28 set, op2=3.
bool is_cbcond(std::uint32_t word) { return (word & 0xD1C00000u) == 0x10C00000u; }

std::string trap_name(std::uint32_t trap) {
  switch (trap) {
    case 0x11: return "privileged opcode";
    case 0x20: return "fp disabled";
    case 0x28: return "division by zero";
    case 0x34: return "unaligned access";
    case 0x80: return "register window spill";
    case 0xc0: return "register window fill";
    default: return trap >= 0x100 ? fmt::format("software trap {:#x}", trap - 0x100) : fmt::format("trap {:#x}", trap);
  }
}

void on_trap(uc_engine*, std::uint32_t trap, void* self) {
  auto& guest = *static_cast<exec::Guest*>(self);
  if (trap != hypercall_trap) {
    guest.panic(fmt::format("{} at {:#x}", trap_name(trap), guest.pc()));
    return;
  }
  const std::array<std::uint64_t, 2> args = {guest.reg(UC_SPARC_REG_O0), guest.reg(UC_SPARC_REG_O1)};
  guest.set_reg(UC_SPARC_REG_O0, guest.hypercall(guest.reg(UC_SPARC_REG_G1), args));
  // Unicorn 2.0.1 reports the trapping instruction; writing PC also sets nPC = PC + 4.
  guest.set_reg(UC_SPARC_REG_PC, guest.pc() + 4);
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

InstructionClass classify(const cs_insn& insn) {
  const std::string_view m = insn.mnemonic;
  const cs_detail& d = *insn.detail;
  if (std::find(d.groups, d.groups + d.groups_count, static_cast<std::uint8_t>(SPARC_GRP_JUMP)) != d.groups + d.groups_count ||
      starts_with(m, "call") || starts_with(m, "jmp") || starts_with(m, "ret"))
    return InstructionClass::Branch;
  if (starts_with(m, "ld")) return InstructionClass::Load;
  if (starts_with(m, "st")) return InstructionClass::Store;
  if (starts_with(m, "mulx") || starts_with(m, "smul") || starts_with(m, "umul")) return InstructionClass::Mul;
  if (starts_with(m, "sdiv") || starts_with(m, "udiv")) return InstructionClass::Div;
  if (starts_with(m, "f")) return InstructionClass::Fp;
  return InstructionClass::Alu;
}

}  // namespace

SparcArch::SparcArch(std::vector<std::string> features)
    : features_(features.begin(), features.end()), feature_word_(sparc::feature_word(features)) {}

void SparcArch::check_image(std::span<const std::uint8_t> image) const {
  for (std::size_t at = 0; at + 4 <= image.size(); at += 4) {
    const std::uint32_t word = std::uint32_t{image[at]} << 24 | std::uint32_t{image[at + 1]} << 16 |
                               std::uint32_t{image[at + 2]} << 8 | image[at + 3];
    if (is_cbcond(word))
      throw InputError(fmt::format("SPARC image: cbcond instruction at offset {:#x} (build with -mcpu=niagara2)", at));
  }
}

void SparcArch::prepare_call(exec::Guest& guest, std::uint64_t entry, std::span<const std::uint64_t> args,
                             std::uint64_t stack_top, std::uint64_t return_address) const {
  if (args.size() > argument_registers.size()) throw std::invalid_argument("SPARC call: too many arguments");
  for (std::size_t i = 0; i < args.size(); ++i) guest.set_reg(argument_registers[i], args[i]);
  guest.set_reg(UC_SPARC_REG_SP, (stack_top & ~std::uint64_t{15}) - stack_bias - minimum_frame);
  guest.set_reg(UC_SPARC_REG_O7, return_address - 8);  // retl returns to %o7 + 8
  guest.set_reg(UC_SPARC_REG_PC, entry);
}

std::uint64_t SparcArch::return_value(const exec::Guest& guest) const { return guest.reg(UC_SPARC_REG_O0); }

exec::RegisterState SparcArch::save_registers(exec::Guest& guest) const {
  std::vector<std::uint64_t> values;
  for (int id : window_registers) values.push_back(guest.reg(id));
  guest.run_service_code(read_ccr_y);
  values.push_back(guest.reg(UC_SPARC_REG_G1));
  values.push_back(guest.reg(UC_SPARC_REG_G2));
  for (std::size_t i = 0; i < window_registers.size(); ++i) guest.set_reg(window_registers[i], values[i]);
  exec::RegisterState state;
  state.bytes.resize(values.size() * sizeof(std::uint64_t));
  std::memcpy(state.bytes.data(), values.data(), state.bytes.size());
  return state;
}

void SparcArch::restore_registers(exec::Guest& guest, const exec::RegisterState& state) const {
  std::vector<std::uint64_t> values(window_registers.size() + 2);
  if (state.bytes.size() != values.size() * sizeof(std::uint64_t))
    throw InputError("SPARC register state of the wrong size");
  std::memcpy(values.data(), state.bytes.data(), state.bytes.size());
  guest.set_reg(UC_SPARC_REG_G1, values[window_registers.size()]);
  guest.set_reg(UC_SPARC_REG_G2, values[window_registers.size() + 1]);
  guest.run_service_code(write_ccr_y);
  for (std::size_t i = 0; i < window_registers.size(); ++i) guest.set_reg(window_registers[i], values[i]);
}

void SparcArch::install_hooks(exec::Guest& guest) {
  uc_hook hook;
  uc_hook_add(guest.engine(), &hook, UC_HOOK_INTR, reinterpret_cast<void*>(&on_trap), &guest, 1, 0);
}

exec::InstructionInfo SparcArch::describe(const cs_insn& insn) const {
  exec::InstructionInfo info{classify(insn), {}, false};
  info.has_delay_slot = info.cls == InstructionClass::Branch;
  const cs_detail& d = *insn.detail;
  const auto in_group = [&](int group) {
    return std::find(d.groups, d.groups + d.groups_count, static_cast<std::uint8_t>(group)) != d.groups + d.groups_count;
  };
  if (insn.id == SPARC_INS_POPC && !has_feature("popc")) info.missing_feature = "popc";
  if (in_group(SPARC_GRP_VIS) && !has_feature("vis")) info.missing_feature = "vis";
  if (in_group(SPARC_GRP_VIS2) && !has_feature("vis2")) info.missing_feature = "vis2";
  if (in_group(SPARC_GRP_VIS3) && !has_feature("vis3")) info.missing_feature = "vis3";
  return info;
}

const std::vector<std::string>& feature_names() {
  // isainfo -v names, in the order of the bits of the feature word.
  static const std::vector<std::string> names = {
      "sparcv9", "vis",    "vis2",   "popc",  "asi_blk_init", "vis3",     "fmaf",  "ima",
      "hpc",     "aes",    "des",    "camellia", "kasumi",    "md5",      "sha1",  "sha256",
      "sha512",  "mont",   "mpmul",  "crc32c", "cbcond",     "pause",    "fjathhpc", "fjdes",
      "fjaes",   "adi",    "sparc5", "mwait", "xmont",       "xmpmul",   "sha3",  "ontrap",
      "vis3b",   "dictunp", "fpcmpshl", "rle", "m8"};
  return names;
}

std::uint64_t feature_word(const std::vector<std::string>& features) {
  std::uint64_t word = 0;
  const auto& names = feature_names();
  for (const auto& feature : features) {
    const auto found = std::find(names.begin(), names.end(), feature);
    if (found != names.end()) word |= std::uint64_t{1} << (found - names.begin());
  }
  return word;
}

}  // namespace kzsim::sparc
