#include "core/study/sweep.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/error.hpp"
#include "core/study/zone_paging.hpp"

namespace kzsim::study {
namespace {

std::vector<std::string> sizes_text(const std::vector<Bytes>& sizes) {
  std::vector<std::string> text;
  for (Bytes size : sizes) text.push_back(format_size(size));
  return text;
}

template <typename T>
void require_some(const std::vector<T>& values, std::string_view option) {
  if (values.empty()) throw InputError(fmt::format("{}: expected at least one value", option));
}

// The guest page sizes of `spec` that `model` has; its smallest when the spec names none.
std::vector<Bytes> guest_pages(const SweepSpec& spec, const catalog::CpuModel& model) {
  if (spec.guest_pages.empty()) return {model.page_sizes.front()};
  std::vector<Bytes> pages;
  std::ranges::copy_if(spec.guest_pages, std::back_inserter(pages),
                       [&](Bytes page) { return std::ranges::find(model.page_sizes, page) != model.page_sizes.end(); });
  if (pages.empty())
    throw InputError(fmt::format("--guest-pagesize {}: none is a page size of {}; expected one of {}",
                                 fmt::join(sizes_text(spec.guest_pages), ","), model.id,
                                 fmt::join(sizes_text(model.page_sizes), " ")));
  return pages;
}

}  // namespace

Bytes SweepSpec::resolved_working_set() const {
  if (working_set != 0 || memories.empty()) return working_set;
  return *std::ranges::min_element(memories) / 2;
}

nlohmann::json to_json(const SweepSpec& spec) {
  std::vector<std::string> workloads;
  for (Workload workload : spec.workloads) workloads.emplace_back(workload_name(workload));
  nlohmann::json json = {{"models", spec.models},
          {"workloads", workloads},
          {"memories", sizes_text(spec.memories)},
          {"policies", spec.policies},
          {"fragments", spec.fragments},
          {"guest_pages", sizes_text(spec.guest_pages)},
          {"host_memory", spec.host_memory == 0 ? "twice the largest memory" : format_size(spec.host_memory)},
          {"working_set", format_size(spec.resolved_working_set())},
          {"accesses", spec.accesses},
          {"seed", spec.seed}};
  if (!spec.trace.empty()) json["trace"] = spec.trace;
  return json;
}

std::string Shard::text() const { return fmt::format("{}/{}", number, count); }

Shard parse_shard(std::string_view text) {
  Shard shard;
  const auto slash = text.find('/');
  const auto number = text.substr(0, slash == std::string_view::npos ? 0 : slash);
  const auto count = slash == std::string_view::npos ? std::string_view{} : text.substr(slash + 1);
  const auto parse = [](std::string_view part, int& value) {
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
    return error == std::errc{} && end == part.data() + part.size();
  };
  if (!parse(number, shard.number) || !parse(count, shard.count) || shard.count < 1 || shard.number < 1 ||
      shard.number > shard.count)
    throw InputError(fmt::format("--shard {}: expected K/N with 1 <= K <= N, such as 2/8", text));
  return shard;
}

std::vector<Configuration> enumerate(const SweepSpec& spec, const catalog::Catalog& catalog) {
  require_some(spec.models, "--model");
  require_some(spec.workloads, "--workload");
  require_some(spec.memories, "--memory");
  require_some(spec.policies, "--policy");
  require_some(spec.fragments, "--fragment");
  if (spec.accesses < 4) throw InputError(fmt::format("--accesses {}: expected at least 4", spec.accesses));
  const Bytes working_set = spec.resolved_working_set();
  if (working_set < 64 || working_set % 64 != 0 || working_set > *std::ranges::min_element(spec.memories))
    throw InputError(fmt::format("--working-set {}: expected a multiple of 64 bytes no larger than the smallest --memory",
                                 format_size(working_set)));
  std::vector<Configuration> configurations;
  for (const auto& id : spec.models) {
    const auto& model = catalog.require_model(id);
    const auto pages = guest_pages(spec, model);
    for (Workload workload : spec.workloads)
      for (Bytes memory : spec.memories)
        for (const auto& policy : spec.policies)
          for (int fragment : spec.fragments)
            for (Bytes page : pages)
              configurations.push_back({configurations.size(), id, workload, memory, policy, fragment, page});
  }
  return configurations;
}

std::vector<Result> run_sweep(const SweepSpec& spec, const catalog::Catalog& catalog, Shard shard,
                              const BackingChooser& backing, const std::function<void(std::size_t, std::size_t)>& progress) {
  const auto configurations = enumerate(spec, catalog);
  std::vector<Configuration> mine;
  std::ranges::copy_if(configurations, std::back_inserter(mine), [&](const Configuration& c) { return shard.holds(c.index); });
  // Configurations of one workload are adjacent: its trace is made once.
  std::optional<Workload> traced;
  std::vector<std::uint64_t> trace;
  std::vector<Result> results;
  for (const auto& configuration : mine) {
    Result result{configuration, backing(configuration), {}, {}, 0};
    if (result.ok()) {
      const auto& model = catalog.require_model(configuration.model);
      result.paging = result.backing.nested ? nested_paging(model, configuration.guest_page, result.backing.page_size)
                                            : native_paging(model, configuration.guest_page);
      if (configuration.workload == Workload::Trace) {
        result.measurement = measure_file(model.timing, result.paging, spec.trace);
        results.push_back(std::move(result));
        progress(results.size(), mine.size());
        continue;
      }
      if (traced != configuration.workload) {
        trace = make_trace({configuration.workload, spec.resolved_working_set(), spec.accesses, spec.seed});
        traced = configuration.workload;
      }
      result.measurement = measure(model.timing, result.paging, trace, configuration.workload == Workload::Chase);
    }
    results.push_back(std::move(result));
    progress(results.size(), mine.size());
  }
  return results;
}

void rank(std::vector<Result>& results) {
  std::map<std::pair<std::string, Workload>, double> best;
  for (const auto& result : results) {
    if (!result.ok()) continue;
    const auto key = std::pair{result.configuration.model, result.configuration.workload};
    const double cost = result.measurement.cycles_per_access();
    auto [found, inserted] = best.emplace(key, cost);
    if (!inserted) found->second = std::min(found->second, cost);
  }
  for (auto& result : results)
    result.slowdown = result.ok() ? result.measurement.cycles_per_access() /
                                        best.at({result.configuration.model, result.configuration.workload})
                                  : 0;
}

}  // namespace kzsim::study
