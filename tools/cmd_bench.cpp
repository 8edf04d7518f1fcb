// kzsim bench pagesize [options]: workloads inside a kernel zone under each memory page-size
// policy, trace-driven through the timing model; kzsim bench merge OUT SHARD_DIRS...: joins the
// results of --shard runs into one report.
#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "core/error.hpp"
#include "core/study/report_columns.hpp"
#include "core/study/report_files.hpp"
#include "core/study/sweep_results.hpp"
#include "tools/subcommand.hpp"
#include "zones/memory/study_backing.hpp"

namespace {

using namespace kzsim;

constexpr std::string_view policy_help =
    "largest-available, largest-only, smallest-only, fixed (one per --pagesize), mrp (a memory reservation pool "
    "enabled at host boot with largest-available), native (the global zone, no nested paging)";

struct PagesizeOptions {
  std::vector<std::string> models{"intel-skylake", "sparc-m7"};
  std::vector<std::string> workloads{"random", "scan", "chase", "mix"};
  std::vector<std::string> memories{"16G", "20G"};
  std::vector<std::string> policies{"largest-available", "largest-only", "smallest-only", "mrp"};
  std::vector<std::string> fixed_pages;
  std::vector<int> fragments{0};
  std::vector<std::string> guest_pages;
  std::string host_memory, working_set;
  std::uint64_t accesses = 1'000'000;
  std::uint64_t seed = 1;
  std::string trace;
  std::string shard = "1/1";
  std::string out = "pagesize-report";
};

std::vector<Bytes> sizes(const std::vector<std::string>& texts, std::string_view option) {
  std::vector<Bytes> result;
  for (const auto& text : texts) result.push_back(require_size(text, option));
  return result;
}

// Policies as the study names them: "fixed" becomes one "fixed=SIZE" per --pagesize.
std::vector<std::string> policies(const PagesizeOptions& options) {
  std::vector<std::string> result;
  for (const auto& policy : options.policies) {
    if (policy == "fixed") {
      if (options.fixed_pages.empty()) throw InputError("--policy fixed: expected --pagesize SIZE[,SIZE...] as well");
      for (const auto& page : options.fixed_pages) result.push_back("fixed=" + format_size(require_size(page, "--pagesize")));
    } else if (policy == "mrp" || policy == "native" ||
               (zones::parse_page_size_policy(policy) && *zones::parse_page_size_policy(policy) != zones::PageSizePolicy::Unset)) {
      result.push_back(policy);
    } else {
      throw InputError(fmt::format("--policy {}: unknown; expected one of {}", policy, policy_help));
    }
  }
  return result;
}

study::SweepSpec sweep_spec(const PagesizeOptions& options) {
  study::SweepSpec spec;
  spec.models = options.models;
  spec.trace = options.trace;
  if (!options.trace.empty()) spec.workloads.push_back(study::Workload::Trace);
  for (const auto& name : options.trace.empty() ? options.workloads : std::vector<std::string>{}) {
    const auto workload = study::parse_workload(name);
    if (!workload) throw InputError(fmt::format("--workload {}: unknown; expected random, scan, chase or mix", name));
    spec.workloads.push_back(*workload);
  }
  spec.memories = sizes(options.memories, "--memory");
  spec.policies = policies(options);
  for (int fragment : options.fragments)
    if (fragment < 0 || fragment > 100) throw InputError(fmt::format("--fragment {}: expected a percentage 0-100", fragment));
  spec.fragments = options.fragments;
  spec.guest_pages = sizes(options.guest_pages, "--guest-pagesize");
  if (!options.host_memory.empty()) spec.host_memory = require_size(options.host_memory, "--host-memory");
  if (!options.working_set.empty()) spec.working_set = require_size(options.working_set, "--working-set");
  spec.accesses = options.accesses;
  spec.seed = options.seed;
  return spec;
}

void show_progress(std::size_t done, std::size_t total) {
  constexpr std::size_t width = 40;
  const std::size_t filled = total == 0 ? width : done * width / total;
  std::cerr << fmt::format("\r[{:#<{}}{:.<{}}] {}/{} configurations", "", filled, "", width - filled, done, total)
            << (done == total ? "\n" : "") << std::flush;
}

int finish(const std::string& out, const study::SweepResults& results) {
  std::cout << study::results_table(results.results);
  const auto warning = study::write_report(out, results);
  if (!warning.empty()) std::cerr << "kzsim bench: warning: " << warning << "\n";
  std::cout << fmt::format("wrote {0}/report.html, {0}/results.csv, {0}/results.json{1}\n", out,
                           warning.empty() ? " and plots" : "");
  return 0;
}

int run_pagesize(const PagesizeOptions& options) {
  const auto spec = sweep_spec(options);
  const auto shard = study::parse_shard(options.shard);
  const auto& catalog = catalog::Catalog::builtin();
  const bool tty = isatty(STDERR_FILENO) == 1;
  study::SweepResults results{study::to_json(spec), study::enumerate(spec, catalog).size(), shard.text(), {}};
  results.results = study::run_sweep(
      spec, catalog, shard, [&](const study::Configuration& c) { return zones::study_backing(spec, c); },
      [tty](std::size_t done, std::size_t total) {
        if (tty) show_progress(done, total);
      });
  study::rank(results.results);
  return finish(options.out, results);
}

int run_merge(const std::string& out, const std::vector<std::string>& directories) {
  std::vector<std::pair<std::string, study::SweepResults>> shards;
  for (const auto& directory : directories) {
    const std::string file = directory + "/results.json";
    std::ifstream in(file);
    if (!in) throw InputError(fmt::format("{}: cannot read; expected a directory written by `kzsim bench pagesize --out`", file));
    const auto document = nlohmann::json::parse(in, nullptr, false);
    if (document.is_discarded()) throw InputError(fmt::format("{}: not JSON; expected a results.json", file));
    shards.emplace_back(file, study::sweep_results_from_json(document, file));
  }
  auto merged = study::merge(shards);
  study::rank(merged.results);
  return finish(out, merged);
}

const bool registered = kzsim::tools::register_subcommand({
    "bench", "Studies of the simulated machines (pagesize: memory page-size policies inside kernel zones)",
    [](CLI::App& command) -> std::function<int()> {
      command.require_subcommand(1);
      auto o = std::make_shared<PagesizeOptions>();
      CLI::App* pagesize = command.add_subcommand("pagesize", "Workloads in a kernel zone under each page-size policy");
      pagesize->add_option("--model", o->models, "CPU model id (repeatable)")->delimiter(',')->capture_default_str();
      pagesize->add_option("--workload", o->workloads, "random, scan, chase, mix")->delimiter(',')->capture_default_str();
      pagesize->add_option("--memory", o->memories, "Zone memory sizes (capped-memory:physical)")->delimiter(',')->capture_default_str();
      pagesize->add_option("--policy", o->policies, std::string(policy_help))->delimiter(',')->capture_default_str();
      pagesize->add_option("--pagesize", o->fixed_pages, "Page sizes for --policy fixed")->delimiter(',');
      pagesize->add_option("--fragment", o->fragments, "Percent of the host's largest pages pinned by zones booted and "
                                                       "halted before the zone boots")->delimiter(',')->capture_default_str();
      pagesize->add_option("--guest-pagesize", o->guest_pages, "Guest page sizes (default: the model's smallest)")->delimiter(',');
      pagesize->add_option("--host-memory", o->host_memory, "Host memory (default: twice the largest --memory)");
      pagesize->add_option("--working-set", o->working_set, "Bytes the workloads touch (default: half the smallest --memory)");
      pagesize->add_option("--accesses", o->accesses, "Accesses per configuration")->capture_default_str();
      pagesize->add_option("--seed", o->seed, "Trace seed")->capture_default_str();
      pagesize->add_option("--trace", o->trace, "A program's memory trace instead of the workloads: Valgrind lackey "
                                                "output or a ChampSim trace (plain or .xz), streamed");
      pagesize->add_option("--shard", o->shard, "Run configurations i with i % N == K-1")->capture_default_str();
      pagesize->add_option("--out", o->out, "Report directory")->capture_default_str();
      auto merge_out = std::make_shared<std::string>();
      auto shard_dirs = std::make_shared<std::vector<std::string>>();
      CLI::App* merge = command.add_subcommand("merge", "Join the report directories of --shard runs into one report");
      merge->add_option("OUT", *merge_out, "Report directory to write")->required();
      merge->add_option("SHARD_DIRS", *shard_dirs, "Report directories of the shards")->required();
      return [=]() { return pagesize->parsed() ? run_pagesize(*o) : run_merge(*merge_out, *shard_dirs); };
    }});

}  // namespace
