#include "core/study/calibration.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>

#include "core/error.hpp"
#include "core/random.hpp"
#include "core/study/zone_paging.hpp"
#include "core/timing/timing_model.hpp"

namespace kzsim::study {
namespace {

constexpr Bytes line = 64;
constexpr std::uint64_t base_address = 1ULL << 30;
// Enough accesses to fill the largest cache and the page-table lines before counting (a whole
// cycle when the set is smaller), then a fixed count measured.
constexpr std::uint64_t max_warm_up = 1ULL << 21;
constexpr std::uint64_t measured = 1ULL << 18;

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ULL;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dULL;
  return x ^ (x >> 33);
}

void require_page(const catalog::CpuModel& model, Bytes page, std::string_view option) {
  if (std::ranges::find(model.page_sizes, page) == model.page_sizes.end()) {
    std::string sizes;
    for (Bytes size : model.page_sizes) sizes += (sizes.empty() ? "" : " ") + format_size(size);
    throw InputError(fmt::format("{} {}: not a page size of {}; expected one of {}", option, format_size(page), model.id, sizes));
  }
}

}  // namespace

ChaseOrder::ChaseOrder(std::uint64_t count, std::uint64_t seed) : count_(count) {
  const int bits = std::max(2, static_cast<int>(std::bit_width(count - 1)));
  half_bits_ = (bits + 1) / 2;
  SeededRandom random(seed);
  for (auto& key : keys_) key = random.next();
}

std::uint64_t ChaseOrder::operator()(std::uint64_t index) const {
  const std::uint64_t mask = (1ULL << half_bits_) - 1;
  std::uint64_t x = index;
  do {
    std::uint64_t left = x >> half_bits_, right = x & mask;
    for (std::uint64_t key : keys_) {
      const std::uint64_t next = left ^ (mix(right ^ key) & mask);
      left = right;
      right = next;
    }
    x = (left << half_bits_) | right;
  } while (x >= count_);
  return x;
}

CalibrationPoint calibrate(const catalog::CpuModel& model, Bytes guest_page, std::optional<Bytes> host_page,
                           Bytes working_set, bool independent) {
  if (working_set < line || working_set % line != 0)
    throw InputError(fmt::format("--sizes {}: expected a multiple of 64 bytes", format_size(working_set)));
  require_page(model, guest_page, "--pages");
  if (host_page) require_page(model, *host_page, "--host-page");
  const timing::Paging paging = host_page ? nested_paging(model, guest_page, *host_page) : native_paging(model, guest_page);
  timing::TimingModel timing(model.timing, paging);
  const std::uint64_t nodes = working_set / line;
  const ChaseOrder order(nodes, 1);
  const std::uint64_t warm_up = std::min(nodes, max_warm_up);
  for (std::uint64_t i = 0; i < warm_up; ++i) timing.access(base_address + order(i % nodes) * line, !independent);
  const timing::TimingCounters before = timing.counters();
  for (std::uint64_t i = warm_up; i < warm_up + measured; ++i)
    timing.access(base_address + order(i % nodes) * line, !independent);
  const timing::TimingCounters& after = timing.counters();
  const double cycles = after.cycles - before.cycles + measured * timing.cpi(timing::InstructionClass::Load);
  CalibrationPoint point{model.id, guest_page, host_page, working_set, independent, cycles / measured, 0, 0};
  point.ns_per_access = point.cycles_per_access * 1000.0 / model.topology.clock_mhz;
  const auto walks = after.walks - before.walks;
  if (walks > 0) point.walk_references_per_walk = static_cast<double>(after.walk_references - before.walk_references) / walks;
  return point;
}

std::string calibration_table(const std::vector<CalibrationPoint>& points) {
  std::string text = fmt::format("{:<20} {:>5} {:>6} {:>11} {:>10} {:>9}\n", "MODEL", "PAGE", "HOST", "WORKING SET",
                                 "CYCLES", "NS");
  for (const auto& p : points)
    text += fmt::format("{:<20} {:>5} {:>6} {:>11} {:>10.1f} {:>9.1f}\n", p.model, format_size(p.guest_page),
                        p.host_page ? format_size(*p.host_page) : "native", format_size(p.working_set),
                        p.cycles_per_access, p.ns_per_access);
  return text;
}

nlohmann::json to_json(const std::vector<CalibrationPoint>& points) {
  nlohmann::json array = nlohmann::json::array();
  for (const auto& p : points)
    array.push_back({{"model", p.model},
                     {"guest_page", format_size(p.guest_page)},
                     {"host_page", p.host_page ? nlohmann::json(format_size(*p.host_page)) : nlohmann::json(nullptr)},
                     {"working_set", p.working_set},
                     {"cycles_per_access", p.cycles_per_access},
                     {"ns_per_access", p.ns_per_access}});
  return array;
}

}  // namespace kzsim::study
