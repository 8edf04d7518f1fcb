#include "core/study/sweep_results.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/error.hpp"

namespace kzsim::study {
namespace {

nlohmann::json to_json(const Result& result) {
  const auto& c = result.configuration;
  const auto& m = result.measurement;
  nlohmann::json row = {{"index", c.index},       {"model", c.model},       {"workload", workload_name(c.workload)},
                        {"memory", c.memory},     {"policy", c.policy},     {"fragment_percent", c.fragment},
                        {"guest_page", c.guest_page}, {"backing_page", result.backing.page_size},
                        {"nested", result.backing.nested}, {"error", result.backing.error}};
  if (!result.ok()) return row;
  row.update({{"tlb_page", result.paging.page_size},
              {"guest_levels", result.paging.guest_levels},
              {"host_levels", result.paging.host_levels},
              {"accesses", m.accesses},
              {"cycles", m.cycles},
              {"tlb_levels", m.tlb_levels},
              {"tlb_misses", m.tlb_misses},
              {"walks", m.walks},
              {"walk_references", m.walk_references},
              {"walk_cycles", m.walk_cycles}});
  return row;
}

Result result_from_json(const nlohmann::json& row) {
  Result result;
  auto& c = result.configuration;
  c.index = row.at("index").get<std::size_t>();
  c.model = row.at("model").get<std::string>();
  const auto workload = parse_workload(row.at("workload").get<std::string>());
  if (!workload) throw nlohmann::json::other_error::create(501, "unknown workload", &row);
  c.workload = *workload;
  c.memory = row.at("memory").get<Bytes>();
  c.policy = row.at("policy").get<std::string>();
  c.fragment = row.at("fragment_percent").get<int>();
  c.guest_page = row.at("guest_page").get<Bytes>();
  result.backing = {row.at("backing_page").get<Bytes>(), row.at("nested").get<bool>(), row.at("error").get<std::string>()};
  if (!result.ok()) return result;
  result.paging = {row.at("tlb_page").get<Bytes>(), row.at("guest_levels").get<int>(), row.at("host_levels").get<int>()};
  auto& m = result.measurement;
  m.accesses = row.at("accesses").get<std::uint64_t>();
  m.cycles = row.at("cycles").get<double>();
  m.tlb_levels = row.at("tlb_levels").get<std::vector<std::string>>();
  m.tlb_misses = row.at("tlb_misses").get<std::vector<std::uint64_t>>();
  m.walks = row.at("walks").get<std::uint64_t>();
  m.walk_references = row.at("walk_references").get<std::uint64_t>();
  m.walk_cycles = row.at("walk_cycles").get<std::uint64_t>();
  return result;
}

}  // namespace

nlohmann::json to_json(const SweepResults& results) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& result : results.results) rows.push_back(to_json(result));
  return {{"format", "kzsim bench pagesize 1"},
          {"sweep", results.sweep},
          {"configurations", results.configurations},
          {"shard", results.shard},
          {"results", rows}};
}

SweepResults sweep_results_from_json(const nlohmann::json& document, const std::string& source) {
  try {
    if (document.at("format") != "kzsim bench pagesize 1") throw nlohmann::json::other_error::create(501, "format", &document);
    SweepResults results{document.at("sweep"), document.at("configurations").get<std::size_t>(),
                         document.at("shard").get<std::string>(), {}};
    for (const auto& row : document.at("results")) results.results.push_back(result_from_json(row));
    return results;
  } catch (const nlohmann::json::exception& error) {
    throw InputError(fmt::format("{}: not the results.json of `kzsim bench pagesize` ({}); expected format "
                                 "'kzsim bench pagesize 1' with sweep, configurations, shard and results",
                                 source, error.what()));
  }
}

SweepResults merge(const std::vector<std::pair<std::string, SweepResults>>& shards) {
  if (shards.empty()) throw InputError("bench merge: expected at least one shard directory");
  SweepResults merged{shards.front().second.sweep, shards.front().second.configurations, "merged", {}};
  std::set<std::size_t> seen;
  for (const auto& [source, shard] : shards) {
    if (shard.sweep != merged.sweep || shard.configurations != merged.configurations)
      throw InputError(fmt::format("{}: shard {} is of another sweep than {}; expected shards of one sweep "
                                   "(the same options apart from --shard and --out)",
                                   source, shard.shard, shards.front().first));
    for (const auto& result : shard.results) {
      if (!seen.insert(result.configuration.index).second)
        throw InputError(fmt::format("{}: configuration {} is also in another shard; expected each shard once",
                                     source, result.configuration.index));
      merged.results.push_back(result);
    }
  }
  std::vector<std::size_t> missing;
  for (std::size_t index = 0; index < merged.configurations; ++index)
    if (!seen.contains(index)) missing.push_back(index);
  if (!missing.empty())
    throw InputError(fmt::format("bench merge: configurations {} are in no shard given; expected every shard of the "
                                 "{}-configuration sweep",
                                 fmt::join(missing, ", "), merged.configurations));
  std::ranges::sort(merged.results, {}, [](const Result& r) { return r.configuration.index; });
  return merged;
}

}  // namespace kzsim::study
