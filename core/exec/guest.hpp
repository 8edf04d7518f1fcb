#pragma once
// One virtual machine on Unicorn, for any GuestArch: guest RAM (host memory mapped into the
// engine), calls into the guest run in slices bounded by an instruction budget or to their end
// uncounted, hypercalls and a console, refusal of instructions outside the zone's class,
// dirty-page tracking, an optional timing model, and save/restore of the whole state into
// another Guest.
#include <capstone/capstone.h>
#include <unicorn/unicorn.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/exec/guest_arch.hpp"
#include "core/exec/verified_code.hpp"
#include "core/timing/instruction_mix.hpp"
#include "core/units.hpp"

namespace kzsim::timing {
class TimingModel;
}

namespace kzsim::exec {

enum class StopReason {
  Exited,       // the entry function returned to the exit sentinel
  BudgetSpent,  // the slice's instruction budget ran out; run() again to continue
  StopPoint,    // reached an address given to add_stop_point
  Idle,         // the guest idles for RunResult::idle (KZ_HC_IDLE); run() again to continue
  Panicked,     // the guest did something its zone cannot survive; the host carries on
};

struct RunResult {
  StopReason reason = StopReason::BudgetSpent;
  std::uint64_t pc = 0;
  std::string panic_message;  // for Panicked
  SimDuration idle{0};        // for Idle
};

// Everything needed to continue a guest elsewhere.
struct Snapshot {
  RegisterState registers;
  std::vector<std::uint8_t> memory;
  std::uint64_t instructions = 0;
  std::vector<std::string> console;
  std::string partial_console_line;
};

class Guest {
 public:
  // Maps `ram_bytes` of zeroed RAM at guest address 0. Throws InputError when the engine
  // cannot be opened or the memory cannot be mapped.
  Guest(std::unique_ptr<GuestArch> arch, Bytes ram_bytes);
  ~Guest();
  Guest(const Guest&) = delete;
  Guest& operator=(const Guest&) = delete;

  GuestArch& arch() { return *arch_; }
  const GuestArch& arch() const { return *arch_; }
  uc_engine* engine() const { return uc_; }

  // Copies `image` into RAM at `address` after the architecture has checked it.
  void load(std::uint64_t address, std::span<const std::uint8_t> image);
  // Prepares `entry(args...)` with the stack below `stack_top`; run() executes it.
  void call(std::uint64_t entry, std::span<const std::uint64_t> args, std::uint64_t stack_top);
  // Runs until exit, panic, a stop point or `instruction_budget` more instructions (counted per
  // translated block, so a slice may overshoot by a block or two: it never ends in a delay slot).
  RunResult run(std::uint64_t instruction_budget);
  // Runs until exit, panic, a stop point or idle, counting no instructions (instructions() does
  // not advance), with no hook on the blocks of loaded images that check against the zone's class
  // (exec/verified_code: checked once per image, write-protected; a guest write there drops the
  // check back to every block). A guest still running after `watchdog` of host time panics, so
  // such a run is deterministic only for guests that stop. No timing model may be attached.
  RunResult run_to_stop(std::chrono::milliseconds watchdog);
  bool exited() const { return exited_; }
  std::uint64_t return_value() const { return arch_->return_value(*this); }
  std::uint64_t instructions() const { return instructions_; }

  void add_stop_point(std::uint64_t address);

  std::uint64_t reg(int id) const;
  void set_reg(int id, std::uint64_t value);
  // Raw access for registers wider than 64 bits (x86 XMM); `value` holds the register's size.
  void read_reg(int id, std::span<std::uint8_t> value) const;
  void write_reg(int id, std::span<const std::uint8_t> value);
  std::uint64_t pc() const { return reg(arch_->pc_register()); }

  std::span<std::uint8_t> memory() { return {ram_, ram_bytes_}; }
  std::span<const std::uint8_t> memory() const { return {ram_, ram_bytes_}; }

  Bytes page_size() const { return arch_->page_size(); }
  // Tracking guest stores costs: any memory hook sends every guest access through Unicorn's
  // slow path (5x on load-heavy code), so it is off until a migration asks for it.
  void track_dirty_pages(bool on);
  // Numbers of the pages written since the last clear (by load(), and by the guest while
  // tracking is on).
  std::vector<std::uint64_t> dirty_pages() const;
  void clear_dirty_pages();

  const std::vector<std::string>& console() const { return console_; }
  // Called by the architecture's hooks.
  std::uint64_t hypercall(std::uint64_t number, std::span<const std::uint64_t> args);
  void panic(std::string message);

  // Runs `code` at a scratch address outside RAM with no accounting, for architectures that
  // can reach some state only through guest instructions. The registers it changes are the
  // caller's business.
  void run_service_code(std::span<const std::uint8_t> code);

  Snapshot save();
  // Restores a snapshot taken from a guest of the same architecture and RAM size.
  void restore(const Snapshot& snapshot);
  // The same without the memory, for moving memory page by page (exec/guest_transfer): the
  // snapshot's memory is empty, and restoring leaves RAM as it is.
  Snapshot save_without_memory();
  void restore_without_memory(const Snapshot& snapshot);
  // Writes `bytes` into RAM at `address` as data (no image check, not marked dirty), dropping
  // code translated from the old contents.
  void write_memory(std::uint64_t address, std::span<const std::uint8_t> bytes);

  // Feeds retired blocks and data accesses to `model` (nullptr: stop). Not owned.
  void attach_timing(timing::TimingModel* model);

 private:
  struct Block {
    timing::InstructionMix mix;
    std::uint32_t instructions = 0;
    double cycles = 0;  // the attached timing model's base cycles for `mix`
    std::string missing_feature;
    bool ends_before_delay_slot = false;  // the last instruction's delay slot is not in the block
  };
  // Which callback is on which blocks: on_block on all (counting runs) or on_unverified_block
  // outside the verified code (run_to_stop).
  enum class BlockHooks { None, Counting, Checking };
  struct LoadedImage {
    AddressRange range;
    bool checked = false;
    std::vector<AddressRange> verified;
  };
  static void on_block(uc_engine* uc, std::uint64_t address, std::uint32_t size, void* self);
  static void on_unverified_block(uc_engine* uc, std::uint64_t address, std::uint32_t size, void* self);
  static bool on_write_protected(uc_engine* uc, uc_mem_type type, std::uint64_t address, int size,
                                 std::int64_t value, void* self);
  void enter_block(std::uint64_t address, std::uint32_t size);
  bool in_class(std::uint64_t address, const Block& block);
  void use_block_hooks(BlockHooks hooks);
  void add_block_hook(void* callback, std::uint64_t first, std::uint64_t last);
  void verify_images();
  DecodedInstruction decode_at(std::uint64_t address);
  void forget_verified_code();
  void retire(const Block& block, const Block* previous);
  static void on_write(uc_engine* uc, uc_mem_type type, std::uint64_t address, int size,
                       std::int64_t value, void* self);
  static void on_access(uc_engine* uc, uc_mem_type type, std::uint64_t address, int size,
                        std::int64_t value, void* self);
  static void on_stop_point(uc_engine* uc, std::uint64_t address, std::uint32_t size, void* self);
  const Block& block(std::uint64_t address, std::uint32_t size);
  std::string missing_feature_at(std::uint64_t address);
  void forget_blocks();
  void forget_last_block();
  void mark_dirty(std::uint64_t address, std::uint64_t bytes);
  void console_write(std::uint64_t address, std::uint64_t length);
  RunResult start();

  std::unique_ptr<GuestArch> arch_;
  uc_engine* uc_ = nullptr;
  csh capstone_ = 0;
  cs_insn* decoded_ = nullptr;
  std::uint8_t* ram_ = nullptr;
  Bytes ram_bytes_ = 0;
  std::uint64_t service_page_ = 0;
  std::uint64_t exit_address_ = 0;

  std::unordered_map<std::uint64_t, Block> blocks_;
  // The block executed last, already checked against the zone's class; a loop re-entering it
  // skips the lookup.
  const Block* last_block_ = nullptr;
  std::uint64_t last_block_address_ = no_block;
  static constexpr std::uint64_t no_block = ~std::uint64_t{0};
  std::vector<std::uint64_t> dirty_;  // one bit per page
  std::uint64_t instructions_ = 0;
  std::uint64_t budget_end_ = 0;
  std::uint64_t resume_pc_ = 0;
  bool skip_stop_point_ = false;  // the stop point run() resumes from
  bool servicing_ = false;
  bool exited_ = false;
  std::optional<RunResult> stop_;
  timing::TimingModel* timing_ = nullptr;
  uc_hook access_hook_ = 0;
  uc_hook write_hook_ = 0;
  std::vector<uc_hook> block_hooks_;
  BlockHooks installed_hooks_ = BlockHooks::None;
  bool verified_code_changed_ = false;
  std::vector<AddressRange> hook_free_;  // where installed block hooks leave blocks without a call
  std::vector<LoadedImage> images_;
  std::vector<AddressRange> protected_;  // pages of verified images, read-only to the guest

  std::vector<std::string> console_;
  std::string partial_line_;
};

}  // namespace kzsim::exec
