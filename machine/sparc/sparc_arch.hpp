#pragma once
// The SPARC V9 side of execution (exec::GuestArch).
#include <set>
#include <string>
#include <vector>

#include "core/exec/guest_arch.hpp"

namespace kzsim::sparc {

class SparcArch final : public exec::GuestArch {
 public:
  explicit SparcArch(std::vector<std::string> features);

  uc_arch unicorn_arch() const override { return UC_ARCH_SPARC; }
  uc_mode unicorn_mode() const override { return uc_mode(UC_MODE_SPARC64 | UC_MODE_BIG_ENDIAN); }
  int unicorn_cpu_model() const override { return UC_CPU_SPARC64_SUN_ULTRASPARC_T2; }
  cs_arch capstone_arch() const override { return CS_ARCH_SPARC; }
  cs_mode capstone_mode() const override { return cs_mode(CS_MODE_V9 | CS_MODE_BIG_ENDIAN); }
  Bytes page_size() const override { return 8 * KiB; }
  std::vector<std::uint8_t> exit_sentinel() const override { return {0, 0, 0, 0}; }  // illtrap 0
  bool honours_until() const override { return false; }
  void check_image(std::span<const std::uint8_t> image) const override;
  void prepare_call(exec::Guest& guest, std::uint64_t entry, std::span<const std::uint64_t> args,
                    std::uint64_t stack_top, std::uint64_t return_address) const override;
  std::uint64_t return_value(const exec::Guest& guest) const override;
  int pc_register() const override { return UC_SPARC_REG_PC; }
  exec::RegisterState save_registers(exec::Guest& guest) const override;
  void restore_registers(exec::Guest& guest, const exec::RegisterState& state) const override;
  void install_hooks(exec::Guest& guest) override;
  exec::InstructionInfo describe(const cs_insn& insn) const override;
  std::uint64_t feature_word() const override { return feature_word_; }
  bool has_feature(std::string_view name) const override { return features_.contains(name); }

 private:
  std::set<std::string, std::less<>> features_;
  std::uint64_t feature_word_;
};

}  // namespace kzsim::sparc
