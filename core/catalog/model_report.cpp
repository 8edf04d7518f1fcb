#include "core/catalog/model_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace kzsim::catalog {

namespace {

std::string support(const CpuModel& model) {
  return model.kernel_zones ? "yes" : "no";
}

std::vector<std::string> size_names(const std::vector<Bytes>& sizes) {
  std::vector<std::string> names;
  for (Bytes size : sizes) names.push_back(format_size(size));
  return names;
}

std::string plural(int count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

std::string firmware_text(const FirmwareFloor& floor) {
  const auto minimum = [](const std::optional<Version>& version) {
    return version ? version->text() : std::string("any version");
  };
  return fmt::format("{} ({}): kernel zones from {}, live migration from {}, newest {}",
                     floor.kind, floor.family, minimum(floor.kernel_zones_min),
                     minimum(floor.live_migration_min), floor.newest);
}

std::string_view serves_text(Serves serves) {
  return serves == Serves::Data ? "data" : serves == Serves::Instructions ? "instructions" : "unified";
}

std::string_view replacement_text(Replacement replacement) { return replacement == Replacement::Lru ? "lru" : "plru"; }

std::string ways_text(int ways) { return ways == 0 ? "full" : fmt::format("{}-way", ways); }

std::string tlb_text(const TlbLevel& tlb) {
  std::vector<std::string> entries;
  for (const auto& [size, count] : tlb.entries_per_page_size)
    entries.push_back(fmt::format("{} x {} {}", count, format_size(size), ways_text(tlb.ways_per_page_size.at(size))));
  return fmt::format("{}, {}, {}, hit {} cycles", fmt::join(entries, ", "), serves_text(tlb.serves),
                     replacement_text(tlb.replacement), tlb.hit_cycles);
}

std::string cache_text(const CacheLevel& cache) {
  return fmt::format("{}, {}-byte lines, {}-way, {}, {}, load-to-use {} cycles", format_size(cache.size),
                     cache.line_bytes, cache.ways, serves_text(cache.serves), replacement_text(cache.replacement),
                     cache.hit_cycles);
}

std::string walk_text(const Timing& timing) {
  if (timing.walk == WalkKind::Tsb)
    return fmt::format("sun4v TSB tablewalk, {} probes, {} entries, TSB miss {} cycles, {} walker(s)",
                       timing.page_walk_levels, timing.tsb_entries, timing.tsb_miss_cycles, timing.walkers);
  return fmt::format("radix, {} levels, walk caches [{}], nested TLB {}, {} walker(s)", timing.page_walk_levels,
                     fmt::join(timing.walk_cache_entries, ", "), timing.nested_tlb_entries, timing.walkers);
}

std::string cpi_text(const Timing& timing) {
  std::vector<std::string> classes;
  for (const auto& [name, cpi] : timing.cpi_by_class) classes.push_back(fmt::format("{} {}", name, cpi));
  return fmt::format("base {}; {}", timing.base_cpi, fmt::join(classes, ", "));
}

// "name: value" lines with the values in one column.
class Details {
 public:
  void add(std::string_view name, std::string_view value) {
    text_ += fmt::format("{:<24}{}\n", fmt::format("{}:", name), value);
  }
  std::string text() const { return text_; }

 private:
  std::string text_;
};

nlohmann::json timing_json(const Timing& timing) {
  nlohmann::json tlbs = nlohmann::json::array(), caches = nlohmann::json::array();
  for (const TlbLevel& tlb : timing.tlbs) {
    nlohmann::json entries = nlohmann::json::object();
    for (const auto& [size, count] : tlb.entries_per_page_size) entries[format_size(size)] = count;
    nlohmann::json ways = nlohmann::json::object();
    for (const auto& [size, count] : tlb.ways_per_page_size) ways[format_size(size)] = ways_text(count);
    tlbs.push_back({{"name", tlb.name}, {"serves", serves_text(tlb.serves)}, {"entries", entries}, {"ways", ways},
                    {"replacement", replacement_text(tlb.replacement)}, {"hit_cycles", tlb.hit_cycles}});
  }
  for (const CacheLevel& cache : timing.caches)
    caches.push_back({{"name", cache.name}, {"size", format_size(cache.size)},
                      {"line_bytes", cache.line_bytes}, {"ways", cache.ways},
                      {"serves", serves_text(cache.serves)}, {"replacement", replacement_text(cache.replacement)},
                      {"hit_cycles", cache.hit_cycles}});
  return {{"base_cpi", timing.base_cpi}, {"cpi", timing.cpi_by_class}, {"tlbs", tlbs},
          {"walk", {{"kind", timing.walk == WalkKind::Tsb ? "tsb" : "radix"},
                    {"levels", timing.page_walk_levels},
                    {"caches", timing.walk_cache_entries},
                    {"nested_tlb", timing.nested_tlb_entries},
                    {"walkers", timing.walkers},
                    {"tsb_entries", timing.tsb_entries},
                    {"tsb_miss_cycles", timing.tsb_miss_cycles}}},
          {"fill_buffers", timing.fill_buffers},
          {"caches", caches},
          {"memory", {{"cycles", timing.memory_latency_cycles}, {"ns", timing.memory_latency_ns}}}};
}

nlohmann::json summary_json(const CpuModel& model) {
  return {{"id", model.id}, {"vendor", model.vendor}, {"arch", arch_name(model.arch)},
          {"family", model.family}, {"kernel_zones", model.kernel_zones}};
}

}  // namespace

std::string models_table(const Catalog& catalog) {
  std::size_t id_width = 2, vendor_width = 6, family_width = 6;
  for (const CpuModel& model : catalog.models()) {
    id_width = std::max(id_width, model.id.size());
    vendor_width = std::max(vendor_width, model.vendor.size());
    family_width = std::max(family_width, model.family.size());
  }
  const auto row = [&](std::string_view id, std::string_view vendor, std::string_view arch,
                       std::string_view family, std::string_view kernel_zones) {
    return fmt::format("{:<{}}  {:<{}}  {:<5}  {:<{}}  {}\n", id, id_width, vendor, vendor_width,
                       arch, family, family_width, kernel_zones);
  };
  std::string text = row("ID", "VENDOR", "ARCH", "FAMILY", "KERNEL ZONES");
  for (const CpuModel& model : catalog.models())
    text += row(model.id, model.vendor, arch_name(model.arch), model.family, support(model));
  return text;
}

std::string models_json(const Catalog& catalog) {
  nlohmann::json models = nlohmann::json::array();
  for (const CpuModel& model : catalog.models()) models.push_back(summary_json(model));
  return models.dump(2) + "\n";
}

std::string model_details(const Catalog& catalog, const CpuModel& model) {
  Details details;
  details.add("id", model.id);
  details.add("vendor", model.vendor);
  details.add("family", model.family);
  details.add("architecture", arch_name(model.arch));
  details.add("kernel zones", model.kernel_zones ? "yes" : fmt::format("no: {}", model.too_old_reason));
  if (model.x86)
    details.add("cpuid", fmt::format("{} family {} model {} step {}, {}", model.x86->vendor,
                                     model.x86->family, model.x86->model, model.x86->stepping,
                                     model.x86->brand));
  else
    details.add("psrinfo name", model.psrinfo_name);
  const Topology& topology = model.topology;
  details.add("topology", fmt::format("{} x {} x {}, {} MHz", plural(topology.sockets, "socket"),
                                      plural(topology.cores_per_socket, "core"),
                                      plural(topology.threads_per_core, "thread"), topology.clock_mhz));
  details.add("default memory", format_size(model.default_memory));
  details.add("page sizes", fmt::format("{}", fmt::join(size_names(model.page_sizes), " ")));
  details.add("isa", fmt::format("{}", fmt::join(model.isa, " ")));
  details.add("native class", model.native_class.empty() ? "none" : model.native_class);
  details.add("cpu-arch classes", model.cpu_arch_classes.empty()
                                      ? "none"
                                      : fmt::format("{}", fmt::join(model.cpu_arch_classes, " ")));
  details.add("host-compatible", model.host_compatible_levels.empty()
                                     ? "none"
                                     : fmt::format("{}", fmt::join(model.host_compatible_levels, " ")));
  if (const FirmwareFloor* floor = catalog.find_firmware(model.firmware_family))
    details.add("firmware", firmware_text(*floor));
  if (model.ldom_kernel_zone_limit > 0)
    details.add("LDom kernel zones", fmt::format("{}", model.ldom_kernel_zone_limit));
  const Timing& timing = model.timing;
  details.add("timing profile", model.timing_profile);
  details.add("  CPI", cpi_text(timing));
  for (const TlbLevel& tlb : timing.tlbs) details.add(fmt::format("  {}", tlb.name), tlb_text(tlb));
  details.add("  page walk", walk_text(timing));
  details.add("  fill buffers", fmt::format("{}", timing.fill_buffers));
  for (const CacheLevel& cache : timing.caches)
    details.add(fmt::format("  {}", cache.name), cache_text(cache));
  details.add("  memory", fmt::format("{} cycles + {} ns ({:.0f} cycles at {} MHz)", timing.memory_latency_cycles,
                                      timing.memory_latency_ns, timing.memory_cycles(), timing.clock_mhz));
  std::string text = details.text() + "sources:\n";
  for (const auto& [group, note] : model.sources) text += fmt::format("  {}: {}\n", group, note);
  return text;
}

std::string model_json(const Catalog& catalog, const CpuModel& model) {
  nlohmann::json json = summary_json(model);
  if (!model.kernel_zones) json["too_old_reason"] = model.too_old_reason;
  if (model.x86)
    json["cpuid"] = {{"vendor", model.x86->vendor}, {"family", model.x86->family},
                     {"model", model.x86->model}, {"stepping", model.x86->stepping},
                     {"brand", model.x86->brand}};
  else
    json["psrinfo_name"] = model.psrinfo_name;
  json["topology"] = {{"sockets", model.topology.sockets},
                      {"cores_per_socket", model.topology.cores_per_socket},
                      {"threads_per_core", model.topology.threads_per_core},
                      {"clock_mhz", model.topology.clock_mhz}};
  json["default_memory"] = format_size(model.default_memory);
  json["page_sizes"] = model.page_sizes;
  json["isa"] = model.isa;
  json["native_class"] = model.native_class;
  json["cpu_arch_classes"] = model.cpu_arch_classes;
  json["host_compatible_levels"] = model.host_compatible_levels;
  json["firmware_family"] = model.firmware_family;
  if (const FirmwareFloor* floor = catalog.find_firmware(model.firmware_family)) {
    const auto version = [](const std::optional<Version>& v) {
      return v ? nlohmann::json(v->text()) : nlohmann::json(nullptr);
    };
    json["firmware"] = {{"kind", floor->kind}, {"kernel_zones_min", version(floor->kernel_zones_min)},
                        {"live_migration_min", version(floor->live_migration_min)},
                        {"newest", floor->newest}};
  }
  if (model.ldom_kernel_zone_limit > 0) json["ldom_kernel_zone_limit"] = model.ldom_kernel_zone_limit;
  json["timing_profile"] = model.timing_profile;
  json["timing"] = timing_json(model.timing);
  json["sources"] = model.sources;
  return json.dump(2) + "\n";
}

}  // namespace kzsim::catalog
