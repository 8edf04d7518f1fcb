#pragma once
// `kzsim calibrate`: the latency of a pointer chase through one random cycle of 64-byte lines
// over exactly a working set (any multiple of 64 bytes, not rounded to a power of two), as
// lmbench's lat_mem_rd and published latency tables measure it; or, independent, as many
// random reads over the same lines that do not wait for one another. Native, or in a kernel
// zone whose memory the host backs with pages of `host_page` (nested paging).
#include <cstdint>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalog/catalog.hpp"
#include "core/units.hpp"

namespace kzsim::study {

struct CalibrationPoint {
  std::string model;
  Bytes guest_page = 0;
  std::optional<Bytes> host_page;  // none: native
  Bytes working_set = 0;
  bool independent = false;
  double cycles_per_access = 0;
  double ns_per_access = 0;
  double walk_references_per_walk = 0;
};

// The nodes of the chase: a seeded permutation of [0, count) in constant memory (a Feistel
// network over the next power of two, walking the cycle until the value falls in range).
class ChaseOrder {
 public:
  ChaseOrder(std::uint64_t count, std::uint64_t seed);
  std::uint64_t operator()(std::uint64_t index) const;

 private:
  std::uint64_t count_;
  int half_bits_;
  std::uint64_t keys_[4];
};

// Refuses (InputError) a working set that is not a positive multiple of 64 bytes and a page
// size the model does not have.
CalibrationPoint calibrate(const catalog::CpuModel& model, Bytes guest_page, std::optional<Bytes> host_page,
                           Bytes working_set, bool independent);

std::string calibration_table(const std::vector<CalibrationPoint>& points);
nlohmann::json to_json(const std::vector<CalibrationPoint>& points);

}  // namespace kzsim::study
