#pragma once
// The x86-64 side of execution (exec::GuestArch).
#include "core/exec/guest_arch.hpp"
#include "machine/x86/cpuid.hpp"

namespace kzsim::x86 {

class X86Arch final : public exec::GuestArch {
 public:
  explicit X86Arch(Cpuid cpuid) : cpuid_(std::move(cpuid)) {}

  uc_arch unicorn_arch() const override { return UC_ARCH_X86; }
  uc_mode unicorn_mode() const override { return UC_MODE_64; }
  int unicorn_cpu_model() const override;
  cs_arch capstone_arch() const override { return CS_ARCH_X86; }
  cs_mode capstone_mode() const override { return CS_MODE_64; }
  Bytes page_size() const override { return 4 * KiB; }
  std::vector<std::uint8_t> exit_sentinel() const override { return {0xF4}; }  // hlt
  bool honours_until() const override { return true; }
  void check_image(std::span<const std::uint8_t>) const override {}
  void prepare_call(exec::Guest& guest, std::uint64_t entry, std::span<const std::uint64_t> args,
                    std::uint64_t stack_top, std::uint64_t return_address) const override;
  std::uint64_t return_value(const exec::Guest& guest) const override;
  int pc_register() const override { return UC_X86_REG_RIP; }
  exec::RegisterState save_registers(exec::Guest& guest) const override;
  void restore_registers(exec::Guest& guest, const exec::RegisterState& state) const override;
  void install_hooks(exec::Guest& guest) override;
  exec::InstructionInfo describe(const cs_insn& insn) const override;
  std::uint64_t feature_word() const override;
  bool has_feature(std::string_view name) const override { return cpuid_.has(name); }

  const Cpuid& cpuid() const { return cpuid_; }

 private:
  Cpuid cpuid_;
};

}  // namespace kzsim::x86
