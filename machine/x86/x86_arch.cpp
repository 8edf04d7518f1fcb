#include "machine/x86/x86_arch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>
#include <utility>

#include "core/exec/guest.hpp"
#include "core/exec/guest/hypercall_abi.h"

namespace kzsim::x86 {
namespace {

using timing::InstructionClass;

struct SavedRegister {
  int id;
  std::size_t bytes;
};

constexpr std::array<SavedRegister, 35> saved_registers = {{
    {UC_X86_REG_RAX, 8},   {UC_X86_REG_RBX, 8},   {UC_X86_REG_RCX, 8},   {UC_X86_REG_RDX, 8},
    {UC_X86_REG_RSI, 8},   {UC_X86_REG_RDI, 8},   {UC_X86_REG_RBP, 8},   {UC_X86_REG_RSP, 8},
    {UC_X86_REG_R8, 8},    {UC_X86_REG_R9, 8},    {UC_X86_REG_R10, 8},   {UC_X86_REG_R11, 8},
    {UC_X86_REG_R12, 8},   {UC_X86_REG_R13, 8},   {UC_X86_REG_R14, 8},   {UC_X86_REG_R15, 8},
    {UC_X86_REG_RIP, 8},   {UC_X86_REG_RFLAGS, 8}, {UC_X86_REG_MXCSR, 4},
    {UC_X86_REG_XMM0, 16}, {UC_X86_REG_XMM1, 16}, {UC_X86_REG_XMM2, 16},  {UC_X86_REG_XMM3, 16},
    {UC_X86_REG_XMM4, 16}, {UC_X86_REG_XMM5, 16}, {UC_X86_REG_XMM6, 16},  {UC_X86_REG_XMM7, 16},
    {UC_X86_REG_XMM8, 16}, {UC_X86_REG_XMM9, 16}, {UC_X86_REG_XMM10, 16}, {UC_X86_REG_XMM11, 16},
    {UC_X86_REG_XMM12, 16}, {UC_X86_REG_XMM13, 16}, {UC_X86_REG_XMM14, 16}, {UC_X86_REG_XMM15, 16},
}};

constexpr std::array<int, 6> argument_registers = {UC_X86_REG_RDI, UC_X86_REG_RSI, UC_X86_REG_RDX,
                                                   UC_X86_REG_RCX, UC_X86_REG_R8,  UC_X86_REG_R9};

// Capstone groups and instructions that need a CPUID feature beyond the x86-64 baseline.
constexpr std::array<std::pair<int, std::string_view>, 19> group_features = {{
    {X86_GRP_SSE3, "pni"},     {X86_GRP_SSSE3, "ssse3"}, {X86_GRP_SSE41, "sse4.1"},
    {X86_GRP_SSE42, "sse4.2"}, {X86_GRP_SSE4A, "sse4a"}, {X86_GRP_AES, "aes"},
    {X86_GRP_PCLMUL, "pclmuldq"}, {X86_GRP_AVX, "avx"}, {X86_GRP_AVX2, "avx2"},
    {X86_GRP_AVX512, "avx512f"}, {X86_GRP_FMA, "fma"},  {X86_GRP_FMA4, "fma4"},
    {X86_GRP_BMI, "bmi1"},     {X86_GRP_BMI2, "bmi2"},   {X86_GRP_SHA, "sha-ni"},
    {X86_GRP_ADX, "adx"},      {X86_GRP_F16C, "f16c"},   {X86_GRP_XOP, "xop"},
    {X86_GRP_RTM, "rtm"},
}};
constexpr std::array<std::pair<int, std::string_view>, 6> instruction_features = {{
    {X86_INS_POPCNT, "popcnt"}, {X86_INS_LZCNT, "abm"},   {X86_INS_MOVBE, "movbe"},
    {X86_INS_RDRAND, "rdrand"}, {X86_INS_RDSEED, "rdseed"}, {X86_INS_CRC32, "sse4.2"},
}};

bool in_group(const cs_insn& insn, int group) {
  const cs_detail& d = *insn.detail;
  return std::find(d.groups, d.groups + d.groups_count, static_cast<std::uint8_t>(group)) != d.groups + d.groups_count;
}

InstructionClass classify(const cs_insn& insn) {
  if (in_group(insn, X86_GRP_JUMP) || in_group(insn, X86_GRP_CALL) || in_group(insn, X86_GRP_RET))
    return InstructionClass::Branch;
  if (in_group(insn, X86_GRP_AES) || in_group(insn, X86_GRP_PCLMUL) || in_group(insn, X86_GRP_SHA))
    return InstructionClass::Crypto;
  switch (insn.id) {
    case X86_INS_MUL: case X86_INS_IMUL: return InstructionClass::Mul;
    case X86_INS_DIV: case X86_INS_IDIV: return InstructionClass::Div;
    default: break;
  }
  if (in_group(insn, X86_GRP_FPU) || in_group(insn, X86_GRP_SSE1) || in_group(insn, X86_GRP_SSE2) ||
      in_group(insn, X86_GRP_AVX))
    return InstructionClass::Fp;
  if (insn.id == X86_INS_LEA || insn.id == X86_INS_NOP) return InstructionClass::Alu;
  const cs_x86& x86 = insn.detail->x86;
  bool reads = false;
  for (int i = 0; i < x86.op_count; ++i) {
    if (x86.operands[i].type != X86_OP_MEM) continue;
    if (x86.operands[i].access & CS_AC_WRITE) return InstructionClass::Store;
    reads = true;
  }
  return reads ? InstructionClass::Load : InstructionClass::Alu;
}

X86Arch& arch_of(exec::Guest& guest) { return static_cast<X86Arch&>(guest.arch()); }

int on_cpuid(uc_engine*, void* self) {
  auto& guest = *static_cast<exec::Guest*>(self);
  const auto leaf = static_cast<std::uint32_t>(guest.reg(UC_X86_REG_RAX));
  const auto subleaf = static_cast<std::uint32_t>(guest.reg(UC_X86_REG_RCX));
  const CpuidResult r = arch_of(guest).cpuid().query(leaf, subleaf);
  guest.set_reg(UC_X86_REG_RAX, r.eax);
  guest.set_reg(UC_X86_REG_RBX, r.ebx);
  guest.set_reg(UC_X86_REG_RCX, r.ecx);
  guest.set_reg(UC_X86_REG_RDX, r.edx);
  return 1;  // skip Unicorn's own CPUID
}

void on_out(uc_engine*, std::uint32_t port, int, std::uint32_t value, void* self) {
  auto& guest = *static_cast<exec::Guest*>(self);
  if (port != KZ_X86_HYPERCALL_PORT) {
    guest.panic(fmt::format("write to I/O port {:#x}", port));
    return;
  }
  const std::array<std::uint64_t, 2> args = {guest.reg(UC_X86_REG_RDI), guest.reg(UC_X86_REG_RSI)};
  guest.set_reg(UC_X86_REG_RAX, guest.hypercall(value, args));
}

void on_interrupt(uc_engine*, std::uint32_t number, void* self) {
  static_cast<exec::Guest*>(self)->panic(fmt::format("exception {}", number));
}

}  // namespace

int X86Arch::unicorn_cpu_model() const {
  // The most capable model QEMU 5's TCG executes (no AVX); what the zone may use is decided by
  // describe(), not by the engine.
  return UC_CPU_X86_EPYC;
}

void X86Arch::prepare_call(exec::Guest& guest, std::uint64_t entry, std::span<const std::uint64_t> args,
                           std::uint64_t stack_top, std::uint64_t return_address) const {
  if (args.size() > argument_registers.size()) throw std::invalid_argument("x86 call: too many arguments");
  for (std::size_t i = 0; i < args.size(); ++i) guest.set_reg(argument_registers[i], args[i]);
  // At entry the stack holds the return address and rsp + 8 is 16-byte aligned.
  const std::uint64_t rsp = (stack_top & ~std::uint64_t{15}) - 8;
  std::memcpy(guest.memory().data() + rsp, &return_address, sizeof return_address);
  guest.set_reg(UC_X86_REG_RSP, rsp);
  guest.set_reg(UC_X86_REG_RIP, entry);
}

std::uint64_t X86Arch::return_value(const exec::Guest& guest) const { return guest.reg(UC_X86_REG_RAX); }

exec::RegisterState X86Arch::save_registers(exec::Guest& guest) const {
  exec::RegisterState state;
  for (const auto& r : saved_registers) {
    const std::size_t at = state.bytes.size();
    state.bytes.resize(at + r.bytes);
    guest.read_reg(r.id, std::span(state.bytes).subspan(at, r.bytes));
  }
  return state;
}

void X86Arch::restore_registers(exec::Guest& guest, const exec::RegisterState& state) const {
  std::size_t at = 0;
  for (const auto& r : saved_registers) {
    guest.write_reg(r.id, std::span(state.bytes).subspan(at, r.bytes));
    at += r.bytes;
  }
}

void X86Arch::install_hooks(exec::Guest& guest) {
  uc_hook hook;
  uc_hook_add(guest.engine(), &hook, UC_HOOK_INSN, reinterpret_cast<void*>(&on_cpuid), &guest, 1, 0,
              UC_X86_INS_CPUID);
  uc_hook_add(guest.engine(), &hook, UC_HOOK_INSN, reinterpret_cast<void*>(&on_out), &guest, 1, 0,
              UC_X86_INS_OUT);
  uc_hook_add(guest.engine(), &hook, UC_HOOK_INTR, reinterpret_cast<void*>(&on_interrupt), &guest, 1, 0);
}

exec::InstructionInfo X86Arch::describe(const cs_insn& insn) const {
  exec::InstructionInfo info{classify(insn), {}, false};
  for (const auto& [group, feature] : group_features)
    if (in_group(insn, group) && !cpuid_.has(feature)) info.missing_feature = feature;
  for (const auto& [id, feature] : instruction_features)
    if (static_cast<int>(insn.id) == id && !cpuid_.has(feature)) info.missing_feature = feature;
  return info;
}

std::uint64_t X86Arch::feature_word() const {
  const CpuidResult leaf1 = cpuid_.query(1, 0);
  return std::uint64_t{leaf1.edx} << 32 | leaf1.ecx;
}

}  // namespace kzsim::x86
