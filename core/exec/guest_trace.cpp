#include "core/exec/guest_trace.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "core/error.hpp"

namespace kzsim::exec {
namespace {

struct Decoded {
  std::string text;
  timing::InstructionClass cls = timing::InstructionClass::Alu;
};

// Hooks added after the Guest's own, so Unicorn calls them after the Guest has counted (or
// refused, or ended the slice at) each block, and not at all for a block the Guest stopped at.
class Tracer {
 public:
  Tracer(Guest& guest, timing::TimingModel& model, std::ostream& out) : guest_(guest), model_(model), out_(out) {
    if (cs_open(guest.arch().capstone_arch(), guest.arch().capstone_mode(), &capstone_) != CS_ERR_OK)
      throw InputError("trace: cannot open Capstone");
    cs_option(capstone_, CS_OPT_DETAIL, CS_OPT_ON);
    insn_ = cs_malloc(capstone_);
    add_hook(UC_HOOK_BLOCK, reinterpret_cast<void*>(&Tracer::on_block));
    add_hook(UC_HOOK_CODE, reinterpret_cast<void*>(&Tracer::on_instruction));
    // Code translated before the hooks were added would not call them.
    uc_ctl_remove_cache(guest.engine(), 0, guest.memory().size());
  }
  ~Tracer() {
    for (const uc_hook hook : hooks_) uc_hook_del(guest_.engine(), hook);
    cs_free(insn_, 1);
    cs_close(&capstone_);
  }
  Tracer(const Tracer&) = delete;
  Tracer& operator=(const Tracer&) = delete;

  // Prints the last instruction and block.
  void finish() { end_block(); }
  std::uint64_t instructions() const { return instructions_; }
  std::uint64_t blocks() const { return blocks_; }
  double cycles() const { return cycles_; }

 private:
  struct Pending {
    std::uint64_t address;
    Decoded decoded;
    double stall_before;
  };

  void add_hook(int type, void* callback) {
    uc_hook hook = 0;
    if (uc_hook_add(guest_.engine(), &hook, type, callback, this, 1, 0) != UC_ERR_OK)
      throw InputError("trace: cannot add a hook");
    hooks_.push_back(hook);
  }

  static void on_block(uc_engine*, std::uint64_t address, std::uint32_t size, void* self) {
    auto& tracer = *static_cast<Tracer*>(self);
    tracer.end_block();
    tracer.in_block_ = true;
    ++tracer.blocks_;
    tracer.out_ << fmt::format("block {:#x}, {} bytes\n", address, size);
  }

  static void on_instruction(uc_engine*, std::uint64_t address, std::uint32_t size, void* self) {
    auto& tracer = *static_cast<Tracer*>(self);
    if (!tracer.in_block_) return;  // a block the Guest did not let run
    tracer.end_instruction();
    tracer.pending_ = Pending{address, tracer.decode(address, size), tracer.model_.counters().stall_cycles()};
  }

  Decoded decode(std::uint64_t address, std::uint32_t size) {
    std::array<std::uint8_t, 16> bytes{};
    const std::size_t length = std::min<std::size_t>(size, bytes.size());
    uc_mem_read(guest_.engine(), address, bytes.data(), length);
    const std::uint8_t* cursor = bytes.data();
    std::size_t left = length;
    std::uint64_t at = address;
    // Capstone 4 cannot decode some valid instructions (SPARC rdpr/wrpr); the Guest counts them
    // as ALU instructions too.
    if (!cs_disasm_iter(capstone_, &cursor, &left, &at, insn_)) {
      std::string hex;
      for (std::size_t i = 0; i < length; ++i) hex += fmt::format("{:02x}", bytes[i]);
      return {fmt::format("(not decoded: {})", hex), timing::InstructionClass::Alu};
    }
    std::string text = insn_->mnemonic;
    if (insn_->op_str[0] != '\0') text += fmt::format(" {}", insn_->op_str);
    return {std::move(text), guest_.arch().describe(*insn_).cls};
  }

  void end_instruction() {
    if (!pending_) return;
    const double stall = model_.counters().stall_cycles() - pending_->stall_before;
    const double cycles = model_.cpi(pending_->decoded.cls) + stall;
    out_ << fmt::format("  {:#x}  {:<40} {:<6} {:8.2f}\n", pending_->address, pending_->decoded.text,
                        timing::class_name(pending_->decoded.cls), cycles);
    block_cycles_ += cycles;
    ++block_instructions_;
    pending_.reset();
  }

  void end_block() {
    end_instruction();
    if (!in_block_) return;
    out_ << fmt::format("  = {} instructions, {:.2f} cycles\n", block_instructions_, block_cycles_);
    instructions_ += block_instructions_;
    cycles_ += block_cycles_;
    block_instructions_ = 0;
    block_cycles_ = 0;
    in_block_ = false;
  }

  Guest& guest_;
  timing::TimingModel& model_;
  std::ostream& out_;
  csh capstone_ = 0;
  cs_insn* insn_ = nullptr;
  std::vector<uc_hook> hooks_;
  std::optional<Pending> pending_;
  bool in_block_ = false;
  std::uint64_t block_instructions_ = 0;
  double block_cycles_ = 0;
  std::uint64_t instructions_ = 0;
  std::uint64_t blocks_ = 0;
  double cycles_ = 0;
};

std::string_view reason_name(StopReason reason) {
  if (reason == StopReason::Exited) return "the guest exited";
  if (reason == StopReason::BudgetSpent) return "instruction count reached";
  if (reason == StopReason::Panicked) return "the guest panicked";
  return "the guest stopped";
}

}  // namespace

TraceSummary trace(Guest& guest, timing::TimingModel& model, TraceRange range, std::ostream& out) {
  guest.attach_timing(&model);
  TraceSummary summary;
  const std::uint64_t skip_end = guest.instructions() + std::min(range.skip, ~std::uint64_t{0} - guest.instructions());
  while (guest.instructions() < skip_end) {
    summary.result = guest.run(skip_end - guest.instructions());
    if (summary.result.reason != StopReason::BudgetSpent) break;
  }
  const double cycles_before = model.counters().cycles;
  if (summary.result.reason == StopReason::BudgetSpent) {  // also when nothing was skipped
    Tracer tracer(guest, model, out);
    summary.result = guest.run(range.instructions);
    tracer.finish();
    summary.instructions = tracer.instructions();
    summary.blocks = tracer.blocks();
    summary.cycles = tracer.cycles();
  }
  guest.attach_timing(nullptr);
  out << fmt::format("traced {} instructions in {} blocks, {:.2f} cycles (timing model: {:.2f}); stopped: {}\n",
                     summary.instructions, summary.blocks, summary.cycles, model.counters().cycles - cycles_before,
                     reason_name(summary.result.reason));
  if (summary.result.reason == StopReason::Panicked) out << fmt::format("panic: {}\n", summary.result.panic_message);
  return summary;
}

}  // namespace kzsim::exec
