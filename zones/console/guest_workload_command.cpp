// kz-workload, a guest command: starts one of the guest kernel's workloads in a booted zone,
// which then runs as simulated time advances (zones/console/guest_scheduler), or says how the
// last one stands. The dirty workload writes a page every PAUSE of simulated time, idling in
// between, for live migration.
#include <fmt/format.h>

#include <charconv>
#include <map>

#include "core/exec/guest_kernel.hpp"
#include "zones/console/zone_console.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

// Workloads longer than this are refused: a guest runs them when a scenario advances time, and
// a bounded one keeps every step bounded.
constexpr double kMaxInstructions = 4e9;

constexpr std::string_view kUsage =
    "kz-workload: expected kz-workload start checksum|chase|scan|random|dirty SIZE [ITERATIONS [PAUSE]], or "
    "kz-workload status\n";

const std::map<std::string, exec::Workload, std::less<>>& workloads() {
  static const std::map<std::string, exec::Workload, std::less<>> names = {
      {"checksum", exec::Workload::Checksum}, {"chase", exec::Workload::Chase}, {"scan", exec::Workload::Scan},
      {"random", exec::Workload::RandomReads}, {"dirty", exec::Workload::Dirty}};
  return names;
}

// A rough count of the kernel's instructions for `run` (a few per word and per step).
double estimated_instructions(const exec::WorkloadRun& run) {
  const double words = static_cast<double>(run.buffer_bytes) / 8;
  const double steps = static_cast<double>(run.iterations);
  const double fill = 8 * words;
  switch (run.workload) {
    case exec::Workload::Checksum: return fill + 5 * words;
    case exec::Workload::Chase: return fill + 2 * words + 4 * steps;
    case exec::Workload::Scan: return fill + 3 * words * steps;
    case exec::Workload::RandomReads: return fill + 12 * steps;
    case exec::Workload::Dirty: return fill + 5 * words + 30 * steps;  // idling costs none
  }
  return fill;
}

std::optional<std::uint64_t> parse_count(std::string_view text) {
  std::uint64_t value = 0;
  const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
  if (parsed.ec != std::errc{} || parsed.ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

// The workload the words after "start" describe; nothing and `error` when they do not.
std::optional<exec::WorkloadRun> parse_run(const std::vector<std::string>& args, std::string& error) {
  if (args.size() < 4 || args.size() > 6) {
    error = std::string(kUsage);
    return std::nullopt;
  }
  exec::WorkloadRun run;
  const auto named = workloads().find(args[2]);
  const auto size = parse_size(args[3]);
  const auto iterations = args.size() > 4 ? parse_count(args[4]) : std::optional<std::uint64_t>(1);
  const auto pause = args.size() > 5 ? parse_duration(args[5]) : std::optional<SimDuration>(0);
  if (named == workloads().end() || !size || !iterations || !pause || pause->count() < 0) {
    error = named == workloads().end() ? fmt::format("kz-workload: workload '{}' is not known; {}", args[2], kUsage.substr(13))
            : !size       ? fmt::format("kz-workload: size '{}' is not a size; expected a number with K, M or G\n", args[3])
            : !iterations ? fmt::format("kz-workload: '{}' is not a count; expected a whole number\n", args[4])
                          : fmt::format("kz-workload: pause '{}' is not a duration; expected a time such as 100us\n", args[5]);
    return std::nullopt;
  }
  run = {named->second, *size, *iterations, static_cast<std::uint64_t>(pause->count())};
  if (run.buffer_bytes < 64 * KiB || run.buffer_bytes > kMaxWorkloadBuffer || run.buffer_bytes % 8 != 0) {
    error = fmt::format("kz-workload: size {} is out of range; expected 64K to {}, a multiple of 8 bytes\n", args[3],
                        format_size(kMaxWorkloadBuffer));
    return std::nullopt;
  }
  if (estimated_instructions(run) > kMaxInstructions) {
    error = fmt::format("kz-workload: {} over {} with {} iterations would run about {:.0f} million instructions; "
                        "expected at most {:.0f} million\n",
                        args[2], args[3], run.iterations, estimated_instructions(run) / 1e6, kMaxInstructions / 1e6);
    return std::nullopt;
  }
  return run;
}

int run_kz_workload(GuestCommandContext& guest) {
  const auto& args = guest.call.args;
  ZoneConsole* console = guest.zone.console.get();
  if (console == nullptr || !console->guest) {
    guest.call.err(fmt::format("kz-workload: the kernel of zone {} is not running; expected a zone booted past its "
                               "boot menu\n",
                               guest.zone.name));
    return 1;
  }
  World& world = guest.host.world;
  const exec::Guest& cpu = *console->guest;
  if (args.size() == 2 && args[1] == "status") {
    if (!cpu.exited())
      guest.call.out(fmt::format("kz-workload: running, {} instructions\n", cpu.instructions()));
    else
      guest.call.out(fmt::format("kz-workload: idle, {} instructions, last result 0x{:016x}\n", cpu.instructions(),
                                 cpu.return_value()));
    return 0;
  }
  if (args.size() < 2 || args[1] != "start") {
    guest.call.err(std::string(kUsage));
    return 2;
  }
  std::string error;
  const auto run = parse_run(args, error);
  if (!run) {
    guest.call.err(error);
    return 2;
  }
  if (!cpu.exited()) {
    guest.call.err("kz-workload: a workload is running; expected it to end first (kz-workload status)\n");
    return 1;
  }
  exec::start_workload(*console->guest, *run);
  world.guests().start(guest.zone.console, world.clock().now());
  guest.call.out(fmt::format("kz-workload: {} over {} started\n", args[2], format_size(run->buffer_bytes)));
  return 0;
}

const bool registered = register_guest_command("kz-workload", run_kz_workload);

}  // namespace

}  // namespace kzsim::zones
