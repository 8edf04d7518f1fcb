#include "zones/memory/study_backing.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace kzsim::zones {

void fragment_largest_pages(HostMemory& host, const catalog::CpuModel& model, int percent) {
  const Bytes largest = model.page_sizes.back();
  const Bytes pin = minimum_zone_page_size(model.arch);
  if (largest <= pin) return;
  const Bytes frames = host.physical().total() / largest * static_cast<Bytes>(percent) / 100;
  const auto smallest_only = [](Bytes amount) {
    return ZoneMemoryRequest{{amount, PageSizePolicy::SmallestOnly, {}}, {}};
  };
  for (Bytes frame = 0; frame < frames; ++frame) {
    host.boot(fmt::format("filler{}", frame), smallest_only(largest - pin));
    host.boot(fmt::format("pin{}", frame), smallest_only(pin));
  }
  for (Bytes frame = 0; frame < frames; ++frame) host.halt(fmt::format("filler{}", frame));
}

// Smaller than the models' default memory on purpose: zones/memory allocates page by page from
// the lowest address, so fragmenting a 256G x86 host (131072 2M pages) takes minutes.
Bytes study_host_memory(const study::SweepSpec& spec, const catalog::CpuModel& model) {
  const Bytes largest = model.page_sizes.back();
  return (2 * std::ranges::max(spec.memories) + largest - 1) / largest * largest;
}

study::Backing study_backing(const study::SweepSpec& spec, const study::Configuration& c) {
  if (c.policy == "native") return {0, false, {}};
  const auto& model = catalog::Catalog::builtin().require_model(c.model);
  HostMemory host(spec.host_memory ? spec.host_memory : study_host_memory(spec, model), model.page_sizes, model.arch);
  ZoneMemoryRequest request{{c.memory, PageSizePolicy::LargestAvailable, {}}, {}};
  if (c.policy == "mrp") {
    const int npt = model.arch == catalog::Arch::Sparc ? 1 : 0;
    const auto error = host.enable_pool("zones", {c.memory, {0, PageSizePolicy::LargestAvailable, {}}, npt});
    if (!error.empty()) return {0, true, error};
    request.memory_reserve = "zones";
  } else if (c.policy.starts_with("fixed=")) {
    request.page_size.policy = PageSizePolicy::Fixed;
    request.page_size.fixed_page_size = c.policy.substr(6);
  } else {
    request.page_size.policy = *parse_page_size_policy(c.policy);
  }
  fragment_largest_pages(host, model, c.fragment);
  const auto boot = host.boot("bench", request);
  return {boot.page_size, true, boot.error};
}

}  // namespace kzsim::zones
