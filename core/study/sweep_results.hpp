#pragma once
// The results of a sweep (or one shard of it) as results.json holds them, and the merge of
// shards back into one sweep.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/study/sweep.hpp"

namespace kzsim::study {

struct SweepResults {
  nlohmann::json sweep;          // to_json(SweepSpec): shards of one sweep have the same
  std::size_t configurations = 0;  // in the whole sweep
  std::string shard = "1/1";
  std::vector<Result> results;     // by configuration index
};

nlohmann::json to_json(const SweepResults& results);
// Refuses (InputError naming `source`) a document that is not a results.json.
SweepResults sweep_results_from_json(const nlohmann::json& document, const std::string& source);

// Joins shards of one sweep; refuses shards of different sweeps, a configuration given twice
// or one that no shard has, naming them.
SweepResults merge(const std::vector<std::pair<std::string, SweepResults>>& shards);

}  // namespace kzsim::study
