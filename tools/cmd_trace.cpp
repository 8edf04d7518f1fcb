// kzsim trace --model ID [--workload NAME] [--skip N] [--instructions N] [--buffer SIZE]
// [--iterations N]:
// boots the guest kernel on a catalog model's CPU (all of its features visible) and prints the
// executed instructions with the model's cycle estimates (core/exec/guest_trace).
#include <iostream>
#include <map>

#include "core/catalog/catalog.hpp"
#include "core/error.hpp"
#include "core/exec/guest_kernel.hpp"
#include "core/exec/guest_trace.hpp"
#include "machine/sparc/sparc_guest.hpp"
#include "machine/x86/x86_guest.hpp"
#include "tools/subcommand.hpp"

namespace {

const std::map<std::string, kzsim::exec::Workload> workloads = {
    {"checksum", kzsim::exec::Workload::Checksum},
    {"chase", kzsim::exec::Workload::Chase},
    {"scan", kzsim::exec::Workload::Scan},
    {"random", kzsim::exec::Workload::RandomReads}};

struct TraceArguments {
  std::string model;
  std::string workload = "checksum";
  kzsim::exec::TraceRange range{0, 200};
  std::string buffer = "64K";
  std::uint64_t iterations = 1;
};

const bool registered = kzsim::tools::register_subcommand({
    "trace", "Boot the guest kernel on a CPU model and print its executed instructions with the "
             "timing model's cycles per instruction and per block",
    [](CLI::App& command) -> std::function<int()> {
      auto arguments = std::make_shared<TraceArguments>();
      command.add_option("--model", arguments->model, "CPU model id, as `kzsim models` lists it")->required();
      command.add_option("--workload", arguments->workload, "What the guest kernel runs after booting")
          ->check(CLI::IsMember({"checksum", "chase", "scan", "random"}))
          ->capture_default_str();
      command.add_option("--skip", arguments->range.skip,
                         "Instructions to run first without printing them (caches and TLBs warm up)")
          ->capture_default_str();
      command.add_option("--instructions", arguments->range.instructions,
                         "Instructions to trace (the trace ends with the block that reaches them)")
          ->check(CLI::PositiveNumber)
          ->capture_default_str();
      command.add_option("--buffer", arguments->buffer, "Size of the workload's buffer (64K, 1M, ...)")
          ->capture_default_str();
      command.add_option("--iterations", arguments->iterations, "Chase steps, scan passes or random reads")
          ->capture_default_str();
      return [arguments]() {
        using namespace kzsim;
        const auto& model = catalog::Catalog::builtin().require_model(arguments->model);
        const exec::WorkloadRun run{workloads.at(arguments->workload),
                                    require_size(arguments->buffer, "--buffer"), arguments->iterations};
        if (run.buffer_bytes < 4 * KiB || run.buffer_bytes > GiB || run.buffer_bytes % 64 != 0)
          throw InputError("--buffer: '" + arguments->buffer + "' is not a multiple of 64 bytes from 4K to 1G");
        const bool sparc = model.arch == catalog::Arch::Sparc;
        const Bytes ram = exec::kernel_ram_bytes(run);
        auto guest = sparc ? sparc::make_guest(model, model.isa, ram) : x86::make_guest(model, model.isa, ram);
        exec::start_kernel(*guest, sparc ? sparc::kernel_image() : x86::kernel_image(), run);
        timing::TimingModel timing_model(model.timing);
        const auto summary = exec::trace(*guest, timing_model, arguments->range, std::cout);
        return summary.result.reason == exec::StopReason::Panicked ? 1 : 0;
      };
    }});

}  // namespace
