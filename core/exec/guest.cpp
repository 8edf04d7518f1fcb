#include "core/exec/guest.hpp"

#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/prctl.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "core/error.hpp"
#include "core/exec/decoded_block.hpp"
#include "core/exec/guest/hypercall_abi.h"
#include "core/exec/watchdog.hpp"
#include "core/timing/timing_model.hpp"

namespace kzsim::exec {
namespace {

constexpr std::uint64_t service_code_offset = 256;
constexpr std::uint64_t console_write_limit = 4096;

bool overlap(const AddressRange& a, const AddressRange& b) { return a.begin < b.end && b.begin < a.end; }

// Instructions start on every byte (x86) or every 4-byte word (SPARC).
std::uint64_t instruction_alignment(const GuestArch& arch) { return arch.capstone_arch() == CS_ARCH_SPARC ? 4 : 1; }

std::string describe_missing(const cs_insn& insn, const InstructionInfo& info) {
  return fmt::format("{} {} needs {}", insn.mnemonic, insn.op_str, info.missing_feature);
}

void check(uc_err err, std::string_view what) {
  if (err != UC_ERR_OK) throw InputError(fmt::format("guest: {}: {}", what, uc_strerror(err)));
}

// Unicorn asks for transparent huge pages on its 1 GiB translation buffer and RAM blocks, so the
// first write to each costs the kernel zeroing a 2 MiB page: most of a kernel zone's boot, which
// opens one engine. Guests touch little of either; small pages make that cost go away. The
// setting is the process's (and its children's), made once before the first engine.
void use_small_pages_for_engines() {
  static const bool set = prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0) == 0;
  (void)set;
}

}  // namespace

Guest::Guest(std::unique_ptr<GuestArch> arch, Bytes ram_bytes) : arch_(std::move(arch)) {
  const Bytes page = arch_->page_size();
  ram_bytes_ = (std::max<Bytes>(ram_bytes, page) + page - 1) / page * page;
  use_small_pages_for_engines();
  check(uc_open(arch_->unicorn_arch(), arch_->unicorn_mode(), &uc_), "opening the engine");
  check(uc_ctl_set_cpu_model(uc_, arch_->unicorn_cpu_model()), "selecting the CPU model");

  // The service page (exit sentinel, service code) is the page above RAM, in RAM's mapping: each
  // Unicorn mapping rebuilds the engine's address map, a tenth of what creating a guest costs.
  service_page_ = ram_bytes_;
  void* ram = mmap(nullptr, ram_bytes_ + page, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (ram == MAP_FAILED) throw InputError(fmt::format("guest: cannot reserve {} of RAM", format_size(ram_bytes_)));
  ram_ = static_cast<std::uint8_t*>(ram);
  check(uc_mem_map_ptr(uc_, 0, ram_bytes_ + page, UC_PROT_ALL, ram_), "mapping RAM");
  const auto sentinel = arch_->exit_sentinel();
  exit_address_ = service_page_;
  check(uc_mem_write(uc_, exit_address_, sentinel.data(), sentinel.size()), "writing the exit");

  if (cs_open(arch_->capstone_arch(), arch_->capstone_mode(), &capstone_) != CS_ERR_OK)
    throw InputError("guest: cannot open Capstone");
  cs_option(capstone_, CS_OPT_DETAIL, CS_OPT_ON);
  decoded_ = cs_malloc(capstone_);

  dirty_.assign((ram_bytes_ / page + 63) / 64, 0);
  uc_hook hook;
  check(uc_hook_add(uc_, &hook, UC_HOOK_MEM_WRITE_PROT, reinterpret_cast<void*>(&Guest::on_write_protected), this, 0,
                    ram_bytes_ - 1),
        "adding the code write hook");
  arch_->install_hooks(*this);
}

Guest::~Guest() {
  if (decoded_ != nullptr) cs_free(decoded_, 1);
  if (capstone_ != 0) cs_close(&capstone_);
  if (uc_ != nullptr) uc_close(uc_);
  if (ram_ != nullptr) munmap(ram_, ram_bytes_ + arch_->page_size());
}

void Guest::load(std::uint64_t address, std::span<const std::uint8_t> image) {
  if (address > ram_bytes_ || image.size() > ram_bytes_ - address)
    throw InputError(fmt::format("guest: an image of {} bytes does not fit at {:#x}", image.size(), address));
  arch_->check_image(image);
  const AddressRange range{address, address + image.size()};
  if (std::ranges::any_of(images_, [&](const LoadedImage& loaded) { return overlap(loaded.range, range); }))
    forget_verified_code();
  // Through Unicorn, so that translated code of the old contents is dropped.
  check(uc_mem_write(uc_, address, image.data(), image.size()), "loading the image");
  forget_blocks();
  mark_dirty(address, image.size());
  if (!image.empty()) images_.push_back({range, false, {}});
}

void Guest::call(std::uint64_t entry, std::span<const std::uint64_t> args, std::uint64_t stack_top) {
  arch_->prepare_call(*this, entry, args, stack_top, exit_address_);
  exited_ = false;
}

RunResult Guest::run(std::uint64_t instruction_budget) {
  if (exited_) return {StopReason::Exited, pc(), {}};
  // Saturating: a budget of "everything" must not wrap around to an end already passed.
  budget_end_ = instructions_ + std::min(instruction_budget, ~std::uint64_t{0} - instructions_);
  forget_last_block();
  use_block_hooks(BlockHooks::Counting);
  return start();
}

RunResult Guest::run_to_stop(std::chrono::milliseconds watchdog) {
  if (timing_ != nullptr) throw std::logic_error("guest: a run counting nothing cannot feed a timing model");
  if (exited_) return {StopReason::Exited, pc(), {}};
  verify_images();
  use_block_hooks(BlockHooks::Checking);
  Watchdog watching(uc_, watchdog);
  RunResult result = start();
  if (result.reason == StopReason::Panicked && watching.fired())
    result.panic_message = fmt::format("still running after {} ms", watchdog.count());
  return result;
}

RunResult Guest::start() {
  stop_.reset();
  resume_pc_ = pc();
  skip_stop_point_ = true;
  const uc_err err = uc_emu_start(uc_, resume_pc_, arch_->honours_until() ? exit_address_ : 0, 0, 0);
  const std::uint64_t at = pc();
  if (stop_) {
    stop_->pc = at;
    return *stop_;
  }
  if (at == exit_address_) {
    exited_ = true;
    return {StopReason::Exited, at, {}};
  }
  // The engine refuses some instructions before the block hook sees them; name the feature.
  const std::string missing = err == UC_ERR_INSN_INVALID ? missing_feature_at(at) : std::string();
  panic(!missing.empty() ? fmt::format("instruction outside the zone's CPU class at {:#x}: {}", at, missing)
        : err == UC_ERR_OK ? fmt::format("halted at {:#x}", at)
                           : fmt::format("{} at {:#x}", uc_strerror(err), at));
  stop_->pc = at;
  return *stop_;
}

void Guest::add_stop_point(std::uint64_t address) {
  uc_hook hook;
  check(uc_hook_add(uc_, &hook, UC_HOOK_CODE, reinterpret_cast<void*>(&Guest::on_stop_point), this,
                    address, address),
        "adding a stop point");
}

std::uint64_t Guest::reg(int id) const {
  std::uint64_t value = 0;
  uc_reg_read(uc_, id, &value);
  return value;
}

void Guest::set_reg(int id, std::uint64_t value) { uc_reg_write(uc_, id, &value); }

void Guest::read_reg(int id, std::span<std::uint8_t> value) const { uc_reg_read(uc_, id, value.data()); }

void Guest::write_reg(int id, std::span<const std::uint8_t> value) {
  uc_reg_write(uc_, id, value.data());
}

std::vector<std::uint64_t> Guest::dirty_pages() const {
  std::vector<std::uint64_t> pages;
  for (std::size_t word = 0; word < dirty_.size(); ++word)
    for (std::uint64_t bits = dirty_[word]; bits != 0; bits &= bits - 1)
      pages.push_back(word * 64 + static_cast<std::uint64_t>(std::countr_zero(bits)));
  return pages;
}

void Guest::track_dirty_pages(bool on) {
  if (on == (write_hook_ != 0)) return;
  if (!on) {
    uc_hook_del(uc_, write_hook_);
    write_hook_ = 0;
    return;
  }
  check(uc_hook_add(uc_, &write_hook_, UC_HOOK_MEM_WRITE, reinterpret_cast<void*>(&Guest::on_write), this, 0,
                    ram_bytes_ - 1),
        "adding the write hook");
}

void Guest::clear_dirty_pages() { std::fill(dirty_.begin(), dirty_.end(), 0); }

void Guest::mark_dirty(std::uint64_t address, std::uint64_t bytes) {
  if (bytes == 0) return;
  const Bytes page = arch_->page_size();
  for (std::uint64_t number = address / page; number <= (address + bytes - 1) / page; ++number)
    dirty_[number / 64] |= std::uint64_t{1} << (number % 64);
}

std::uint64_t Guest::hypercall(std::uint64_t number, std::span<const std::uint64_t> args) {
  switch (number) {
    case KZ_HC_CONSOLE_WRITE:
      console_write(args[0], args[1]);
      return 0;
    case KZ_HC_CPU_FEATURES:
      return arch_->feature_word();
    case KZ_HC_IDLE:
      // Even when the budget ran out in this block: the request must not be lost.
      if (!stop_ || stop_->reason == StopReason::BudgetSpent) stop_ = RunResult{StopReason::Idle, 0, {}, SimDuration(args[0])};
      uc_emu_stop(uc_);
      return 0;
    default:
      panic(fmt::format("unknown hypercall {}", number));
      return ~std::uint64_t{0};
  }
}

void Guest::console_write(std::uint64_t address, std::uint64_t length) {
  if (address > ram_bytes_ || length > std::min(console_write_limit, ram_bytes_ - address)) {
    panic(fmt::format("console write of {} bytes at {:#x} is outside RAM", length, address));
    return;
  }
  for (std::uint64_t i = 0; i < length; ++i) {
    const char c = static_cast<char>(ram_[address + i]);
    if (c != '\n') {
      partial_line_ += c;
      continue;
    }
    console_.push_back(std::move(partial_line_));
    partial_line_.clear();
  }
}

void Guest::panic(std::string message) {
  if (!stop_ || stop_->reason != StopReason::Panicked)
    stop_ = RunResult{StopReason::Panicked, 0, std::move(message)};
  uc_emu_stop(uc_);
}

void Guest::run_service_code(std::span<const std::uint8_t> code) {
  const auto sentinel = arch_->exit_sentinel();
  std::vector<std::uint8_t> bytes(code.begin(), code.end());
  bytes.insert(bytes.end(), sentinel.begin(), sentinel.end());
  const std::uint64_t begin = service_page_ + service_code_offset;
  const std::uint64_t end = begin + code.size();
  check(uc_mem_write(uc_, begin, bytes.data(), bytes.size()), "writing service code");
  set_reg(arch_->pc_register(), begin);
  servicing_ = true;
  uc_emu_start(uc_, begin, arch_->honours_until() ? end : 0, 0, 0);
  servicing_ = false;
  if (pc() != end) throw std::logic_error(fmt::format("guest: service code stopped at {:#x}", pc()));
}

Snapshot Guest::save() {
  Snapshot snapshot = save_without_memory();
  snapshot.memory.assign(ram_, ram_ + ram_bytes_);
  return snapshot;
}

Snapshot Guest::save_without_memory() {
  Snapshot snapshot;
  snapshot.registers = arch_->save_registers(*this);
  snapshot.instructions = instructions_;
  snapshot.console = console_;
  snapshot.partial_console_line = partial_line_;
  return snapshot;
}

void Guest::restore(const Snapshot& snapshot) {
  if (snapshot.memory.size() != ram_bytes_)
    throw InputError(fmt::format("guest: a snapshot of {} cannot be restored into {} of RAM",
                                 format_size(snapshot.memory.size()), format_size(ram_bytes_)));
  const Bytes page = arch_->page_size();
  for (std::uint64_t offset = 0; offset < ram_bytes_; offset += page)
    if (std::memcmp(ram_ + offset, snapshot.memory.data() + offset, page) != 0)
      write_memory(offset, std::span(snapshot.memory).subspan(offset, page));
  restore_without_memory(snapshot);
}

void Guest::restore_without_memory(const Snapshot& snapshot) {
  forget_blocks();
  clear_dirty_pages();
  arch_->restore_registers(*this, snapshot.registers);
  instructions_ = snapshot.instructions;
  console_ = snapshot.console;
  partial_line_ = snapshot.partial_console_line;
  exited_ = false;
}

void Guest::write_memory(std::uint64_t address, std::span<const std::uint8_t> bytes) {
  if (address > ram_bytes_ || bytes.size() > ram_bytes_ - address)
    throw InputError(fmt::format("guest: {} bytes do not fit in RAM at {:#x}", bytes.size(), address));
  const AddressRange range{address, address + bytes.size()};
  if (std::ranges::any_of(images_, [&](const LoadedImage& image) { return overlap(image.range, range); }))
    forget_verified_code();
  check(uc_mem_write(uc_, address, bytes.data(), bytes.size()), "writing memory");
  forget_blocks();
}

void Guest::attach_timing(timing::TimingModel* model) {
  if (access_hook_ != 0) {
    uc_hook_del(uc_, access_hook_);
    access_hook_ = 0;
  }
  timing_ = model;
  forget_blocks();  // their cycles are the model's
  if (model != nullptr)
    check(uc_hook_add(uc_, &access_hook_, UC_HOOK_MEM_READ | UC_HOOK_MEM_WRITE,
                      reinterpret_cast<void*>(&Guest::on_access), this, 0, ram_bytes_ - 1),
          "adding the timing hook");
}

const Guest::Block& Guest::block(std::uint64_t address, std::uint32_t size) {
  const auto found = blocks_.find(address);
  if (found != blocks_.end()) return found->second;
  Block block;
  std::vector<std::uint8_t> code(size);
  uc_mem_read(uc_, address, code.data(), code.size());
  const DecodedBlock& decoded =
      decoded_block(capstone_, arch_->capstone_arch(), arch_->capstone_mode(), address, code);
  for (const cs_insn& insn : decoded.instructions) {
    const InstructionInfo info = arch_->describe(insn);
    block.mix.add(info.cls);
    block.ends_before_delay_slot = info.has_delay_slot;
    if (block.missing_feature.empty() && !info.missing_feature.empty())
      block.missing_feature = describe_missing(insn, info);
  }
  // Capstone 4 cannot decode some valid instructions (SPARC rdpr/wrpr); count the rest as plain
  // ALU instructions of the smallest size.
  const std::size_t unit = arch_->capstone_arch() == CS_ARCH_SPARC ? 4 : decoded.undecoded_bytes;
  for (std::size_t left = decoded.undecoded_bytes; left > 0; left -= std::min(unit, left))
    block.mix.add(timing::InstructionClass::Alu);
  block.instructions = block.mix.total();
  if (timing_ != nullptr) block.cycles = timing_->base_cycles(block.mix);
  return blocks_.emplace(address, std::move(block)).first->second;
}

void Guest::forget_blocks() {
  blocks_.clear();
  forget_last_block();
}

void Guest::forget_last_block() {
  last_block_ = nullptr;
  last_block_address_ = no_block;
}

std::string Guest::missing_feature_at(std::uint64_t address) {
  std::array<std::uint8_t, 16> code{};
  if (uc_mem_read(uc_, address, code.data(), code.size()) != UC_ERR_OK) return {};
  const std::uint8_t* cursor = code.data();
  std::size_t left = code.size();
  if (!cs_disasm_iter(capstone_, &cursor, &left, &address, decoded_)) return {};
  const InstructionInfo info = arch_->describe(*decoded_);
  return info.missing_feature.empty() ? std::string() : describe_missing(*decoded_, info);
}

// Inline: the hot path below runs it for every executed block.
inline void Guest::retire(const Block& block, const Block* previous) {
  // A block entered in a delay slot has an nPC other than PC + 4, which Unicorn cannot show;
  // the slice ends at the next block instead.
  if (instructions_ >= budget_end_ && (previous == nullptr || !previous->ends_before_delay_slot)) {
    if (!stop_) stop_ = RunResult{StopReason::BudgetSpent, 0, {}};
    uc_emu_stop(uc_);
    return;
  }
  instructions_ += block.instructions;
  if (timing_ != nullptr) timing_->retire(block.instructions, block.cycles);
}

// The hot path: every executed block comes here. The zone's class is checked when a block is
// entered from another one (translated code is cached by address, and so are the checks).
void Guest::on_block(uc_engine*, std::uint64_t address, std::uint32_t size, void* self) {
  auto& guest = *static_cast<Guest*>(self);
  if (address == guest.last_block_address_)
    guest.retire(*guest.last_block_, guest.last_block_);
  else
    guest.enter_block(address, size);
}

void Guest::enter_block(std::uint64_t address, std::uint32_t size) {
  if (servicing_) return;
  const Block& entered = block(address, size);
  if (!in_class(address, entered)) {
    forget_last_block();
    return;
  }
  const Block* previous = last_block_;
  last_block_ = &entered;
  last_block_address_ = address;
  retire(entered, previous);
}

void Guest::on_unverified_block(uc_engine*, std::uint64_t address, std::uint32_t size, void* self) {
  auto& guest = *static_cast<Guest*>(self);
  if (!guest.servicing_) guest.in_class(address, guest.block(address, size));
}

bool Guest::in_class(std::uint64_t address, const Block& block) {
  if (block.missing_feature.empty()) return true;
  panic(fmt::format("instruction outside the zone's CPU class at {:#x}: {}", address, block.missing_feature));
  return false;
}

void Guest::use_block_hooks(BlockHooks hooks) {
  if (hooks == installed_hooks_ && !(hooks == BlockHooks::Checking && verified_code_changed_)) return;
  for (const uc_hook hook : block_hooks_) uc_hook_del(uc_, hook);
  block_hooks_.clear();
  std::vector<AddressRange> hook_free;
  if (hooks == BlockHooks::Counting) add_block_hook(reinterpret_cast<void*>(&Guest::on_block), 1, 0);
  if (hooks == BlockHooks::Checking) {
    for (const LoadedImage& image : images_) hook_free.insert(hook_free.end(), image.verified.begin(), image.verified.end());
    std::ranges::sort(hook_free, {}, &AddressRange::begin);
    for (const auto& [first, last] : hook_ranges_outside(hook_free))
      add_block_hook(reinterpret_cast<void*>(&Guest::on_unverified_block), first, last);
  }
  // Hook calls are compiled into translated blocks. Elsewhere every block calls the hooks there
  // are now; blocks translated without a call, and blocks now free of one, are translated again.
  // (Not a flush of all translated code: in Unicorn 2.0.1 that takes 0.1 to several seconds.)
  for (const auto& ranges : {hook_free_, hook_free})
    for (const AddressRange& range : ranges) check(uc_ctl_remove_cache(uc_, range.begin, range.end), "dropping translated code");
  hook_free_ = std::move(hook_free);
  installed_hooks_ = hooks;
  verified_code_changed_ = false;
}

void Guest::add_block_hook(void* callback, std::uint64_t first, std::uint64_t last) {
  uc_hook hook;
  check(uc_hook_add(uc_, &hook, UC_HOOK_BLOCK, callback, this, first, last), "adding a block hook");
  block_hooks_.push_back(hook);
}

DecodedInstruction Guest::decode_at(std::uint64_t address) {
  std::array<std::uint8_t, 16> code{};
  const std::size_t length = std::min<std::uint64_t>(code.size(), ram_bytes_ - address);
  std::memcpy(code.data(), ram_ + address, length);
  const std::uint8_t* cursor = code.data();
  std::size_t left = length;
  if (!cs_disasm_iter(capstone_, &cursor, &left, &address, decoded_)) return {};
  const InstructionInfo info = arch_->describe(*decoded_);
  return {decoded_->size, info.missing_feature.empty(),
          info.cls == timing::InstructionClass::Branch && !info.has_delay_slot};
}

// Each image is checked the first time a run needs it, then write-protected: a guest store into
// it reaches on_write_protected.
void Guest::verify_images() {
  const Bytes page = arch_->page_size();
  for (LoadedImage& image : images_) {
    if (image.checked) continue;
    image.checked = true;
    image.verified = verified_runs(image.range, instruction_alignment(*arch_),
                                   [this](std::uint64_t address) { return decode_at(address); });
    if (image.verified.empty()) continue;
    const AddressRange pages{image.range.begin / page * page, (image.range.end + page - 1) / page * page};
    check(uc_mem_protect(uc_, pages.begin, pages.end - pages.begin, UC_PROT_READ | UC_PROT_EXEC),
          "write-protecting verified code");
    protected_.push_back(pages);
    verified_code_changed_ = true;
  }
}

void Guest::forget_verified_code() {
  for (const AddressRange& pages : protected_)
    check(uc_mem_protect(uc_, pages.begin, pages.end - pages.begin, UC_PROT_ALL), "unprotecting code");
  protected_.clear();
  images_.clear();
  verified_code_changed_ = true;
}

// The guest writes into verified code. The store is made here: once the page's protection
// changes, Unicorn 2.0.1 drops a store retried from a block of the same page. Blocks translated
// from now on are checked; blocks translated before hold none of the bytes written (the engine
// drops those on the store), so they hold what was verified.
bool Guest::on_write_protected(uc_engine*, uc_mem_type, std::uint64_t address, int size, std::int64_t value,
                               void* self) {
  auto& guest = *static_cast<Guest*>(self);
  guest.forget_verified_code();
  if (guest.installed_hooks_ == BlockHooks::Checking)
    guest.add_block_hook(reinterpret_cast<void*>(&Guest::on_unverified_block), 1, 0);
  std::array<std::uint8_t, 8> bytes{};
  const auto count = static_cast<std::size_t>(std::clamp(size, 0, 8));
  const bool big_endian = (guest.arch_->unicorn_mode() & UC_MODE_BIG_ENDIAN) != 0;
  for (std::size_t i = 0; i < count; ++i)
    bytes[i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(value) >> (8 * (big_endian ? count - 1 - i : i)));
  guest.mark_dirty(address, count);
  return uc_mem_write(guest.uc_, address, bytes.data(), count) == UC_ERR_OK;
}

void Guest::on_write(uc_engine*, uc_mem_type, std::uint64_t address, int size, std::int64_t, void* self) {
  static_cast<Guest*>(self)->mark_dirty(address, static_cast<std::uint64_t>(size));
}

void Guest::on_access(uc_engine*, uc_mem_type, std::uint64_t address, int, std::int64_t, void* self) {
  auto& guest = *static_cast<Guest*>(self);
  if (!guest.servicing_) guest.timing_->access(address);
}

void Guest::on_stop_point(uc_engine*, std::uint64_t address, std::uint32_t, void* self) {
  auto& guest = *static_cast<Guest*>(self);
  if (guest.servicing_) return;
  if (guest.skip_stop_point_ && address == guest.resume_pc_) {
    guest.skip_stop_point_ = false;
    return;
  }
  if (!guest.stop_) guest.stop_ = RunResult{StopReason::StopPoint, 0, {}};
  uc_emu_stop(guest.uc_);
}

}  // namespace kzsim::exec
