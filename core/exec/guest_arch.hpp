#pragma once
// What an architecture (machine/x86, machine/sparc) tells the execution core: which Unicorn and
// Capstone engines to open, how a call into the guest is set up and returns, how the guest
// reaches the hypervisor, which registers make up its state, and what each instruction is.
#include <capstone/capstone.h>
#include <unicorn/unicorn.h>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/timing/instruction_mix.hpp"
#include "core/units.hpp"

namespace kzsim::exec {

class Guest;

// A saved vCPU: opaque bytes that only the architecture that wrote them reads back.
struct RegisterState {
  std::vector<std::uint8_t> bytes;
  bool operator==(const RegisterState&) const = default;
};

struct InstructionInfo {
  timing::InstructionClass cls = timing::InstructionClass::Alu;
  std::string missing_feature;  // non-empty: the zone's class lacks the feature this needs
  bool has_delay_slot = false;  // a control transfer whose next instruction runs first (SPARC)
};

class GuestArch {
 public:
  virtual ~GuestArch() = default;

  virtual uc_arch unicorn_arch() const = 0;
  virtual uc_mode unicorn_mode() const = 0;
  virtual int unicorn_cpu_model() const = 0;  // a UC_CPU_* value, set right after uc_open
  virtual cs_arch capstone_arch() const = 0;
  virtual cs_mode capstone_mode() const = 0;
  virtual Bytes page_size() const = 0;

  // Code that ends a run when reached; the entry function returns to it.
  virtual std::vector<std::uint8_t> exit_sentinel() const = 0;
  // Whether uc_emu_start's `until` stops there (it never does on SPARC64 in Unicorn 2.0.1).
  virtual bool honours_until() const = 0;
  // Refuses (InputError) an image the engine cannot run safely.
  virtual void check_image(std::span<const std::uint8_t> image) const = 0;

  // Sets registers for `entry(args...)` with the stack below `stack_top`, returning to
  // `return_address`.
  virtual void prepare_call(Guest& guest, std::uint64_t entry, std::span<const std::uint64_t> args,
                            std::uint64_t stack_top, std::uint64_t return_address) const = 0;
  virtual std::uint64_t return_value(const Guest& guest) const = 0;
  virtual int pc_register() const = 0;

  virtual RegisterState save_registers(Guest& guest) const = 0;
  virtual void restore_registers(Guest& guest, const RegisterState& state) const = 0;

  // Adds the hooks through which the guest reaches the hypervisor (hypercalls, traps, CPUID).
  virtual void install_hooks(Guest& guest) = 0;

  virtual InstructionInfo describe(const cs_insn& insn) const = 0;
  // The feature word the guest reads with the CPU-features hypercall.
  virtual std::uint64_t feature_word() const = 0;
  virtual bool has_feature(std::string_view name) const = 0;
};

}  // namespace kzsim::exec
