// Catalog::from_yaml: reads the tables of every file, then checks that they refer to one
// another consistently (a model's classes, levels, firmware family and timing profile exist; a
// class exposes no feature that a model providing it lacks).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

#include "core/catalog/catalog.hpp"
#include "core/catalog/timing_yaml.hpp"
#include "core/catalog/yaml_table.hpp"

namespace kzsim::catalog {

namespace {

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Refuses a name seen before in the same table.
void require_unique(std::set<std::string>& seen, const TableNode& node, std::string_view what) {
  const std::string name = node.text();
  if (!seen.insert(name).second) node.refuse(fmt::format("a {} not defined before", what));
}

std::string source_of(const TableNode& entry) { return entry["source"].text(); }

// The entries of the table `key` of every file that has one, in file order, each read by
// `read(entry, file)`.
template <typename Read>
auto read_table(const std::vector<TableNode>& files, std::string_view key, Read read) {
  std::vector<decltype(read(files.front(), files.front()))> values;
  for (const TableNode& file : files)
    if (file.has(key))
      for (const TableNode& entry : file[key].items()) values.push_back(read(entry, file));
  return values;
}

struct NamedTiming {
  Arch arch;
  std::string name;
  Timing timing;
  std::string source;
};

std::vector<NamedTiming> read_timings(const std::vector<TableNode>& files) {
  std::set<std::string> seen;
  return read_table(files, "timing", [&](const TableNode& entry, const TableNode& file) {
    require_unique(seen, entry["name"], "timing profile name");
    return NamedTiming{file["arch"].arch(), entry["name"].text(), read_timing(entry), source_of(entry)};
  });
}

std::vector<HostCompatibleLevel> read_levels(const std::vector<TableNode>& files) {
  std::set<std::string> seen;
  return read_table(files, "levels", [&](const TableNode& entry, const TableNode&) {
    entry.only_keys({"name", "features", "memory_reconfiguration", "release_feature", "settable",
                     "aliases", "source"});
    require_unique(seen, entry["name"], "level name");
    HostCompatibleLevel level;
    level.name = entry["name"].text();
    level.features = entry["features"].texts();
    level.enables_memory_reconfiguration = entry["memory_reconfiguration"].boolean();
    if (entry.has("release_feature")) level.release_feature = entry["release_feature"].text();
    level.settable = !entry.has("settable") || entry["settable"].boolean();
    if (entry.has("aliases")) level.aliases = entry["aliases"].texts();
    if (!level.aliases.empty() && level.name.find(',') != std::string::npos)
      entry["aliases"].refuse("no aliases on a combination (its parts' aliases apply)");
    level.source = source_of(entry);
    return level;
  });
}

BiosRequirement read_bios_requirement(const TableNode& entry) {
  entry.only_keys({"name", "aliases", "description"});
  return BiosRequirement{entry["name"].text(), entry["aliases"].texts(), entry["description"].text()};
}

std::vector<FirmwareFloor> read_firmware(const std::vector<TableNode>& files) {
  std::set<std::string> seen;
  return read_table(files, "firmware", [&](const TableNode& entry, const TableNode&) {
    entry.only_keys({"family", "kind", "kernel_zones_min", "live_migration_min", "newest",
                     "bios_requirements", "compatible_microcode", "source"});
    require_unique(seen, entry["family"], "firmware family");
    FirmwareFloor floor;
    floor.family = entry["family"].text();
    floor.kind = entry["kind"].text();
    if (entry.has("kernel_zones_min")) floor.kernel_zones_min = entry["kernel_zones_min"].version();
    if (entry.has("live_migration_min")) floor.live_migration_min = entry["live_migration_min"].version();
    const Version newest = entry["newest"].version();
    floor.newest = newest.text();
    if ((floor.kernel_zones_min && newest < *floor.kernel_zones_min) ||
        (floor.live_migration_min && newest < *floor.live_migration_min))
      entry["newest"].refuse("a version at or above the family's minimums");
    if (entry.has("bios_requirements"))
      for (const TableNode& item : entry["bios_requirements"].items())
        floor.bios_requirements.push_back(read_bios_requirement(item));
    floor.needs_compatible_microcode =
        entry.has("compatible_microcode") && entry["compatible_microcode"].boolean();
    floor.source = source_of(entry);
    return floor;
  });
}

// A class whose features are another model's ISA is resolved once every model is read.
struct ClassEntry {
  MigrationClass value;
  std::optional<TableNode> features_of;
  std::optional<TableNode> without;  // features of that model the class leaves out
  TableNode node;
};

std::vector<ClassEntry> read_classes(const std::vector<TableNode>& files,
                                     const std::vector<HostCompatibleLevel>& levels) {
  std::set<std::string> seen;
  return read_table(files, "classes", [&](const TableNode& entry, const TableNode& file) {
    entry.only_keys({"name", "native", "rank", "features", "features_of", "without", "modifiers",
                     "source"});
    const Arch arch = file["arch"].arch();
    const TableNode name = entry["name"];
    if (!seen.insert(fmt::format("{}/{}", arch_name(arch), name.text())).second)
      name.refuse("a class name not defined before for this architecture");
    MigrationClass value;
    value.name = name.text();
    value.arch = arch;
    value.native = entry.has("native") && entry["native"].boolean();
    value.rank = entry["rank"].integer(0, 1000);
    if (entry.has("features") == entry.has("features_of"))
      entry.refuse("exactly one of 'features' (a list) and 'features_of' (a model id)");
    if (entry.has("features")) value.features = entry["features"].texts();
    if (entry.has("modifiers")) {
      for (const TableNode& modifier : entry["modifiers"].items())
        if (std::none_of(levels.begin(), levels.end(),
                         [&](const HostCompatibleLevel& l) { return l.name == modifier.text(); }))
          modifier.refuse("a host-compatible level defined in the levels table");
      value.modifiers = entry["modifiers"].texts();
    }
    value.source = source_of(entry);
    std::optional<TableNode> features_of, without;
    if (entry.has("features_of")) features_of = entry["features_of"];
    if (entry.has("without")) {
      if (!features_of) entry["without"].refuse("'without' only together with 'features_of'");
      without = entry["without"];
    }
    return ClassEntry{std::move(value), features_of, without, entry};
  });
}

// Takes each name listed in `names` out of `features`, which must have it.
void remove_listed(std::vector<std::string>& features, const TableNode& names, std::string_view owner) {
  for (const TableNode& name : names.items()) {
    const auto found = std::find(features.begin(), features.end(), name.text());
    if (found == features.end()) name.refuse(fmt::format("a feature of {}", owner));
    features.erase(found);
  }
}

// `isa` is a list, or {extends: earlier-model-id, add: [...], remove: [...]}.
std::vector<std::string> read_isa(const TableNode& node, const std::vector<CpuModel>& earlier) {
  if (!node.has("extends")) return node.texts();
  node.only_keys({"extends", "add", "remove"});
  const std::string base_id = node["extends"].text();
  const auto base = std::find_if(earlier.begin(), earlier.end(),
                                 [&](const CpuModel& m) { return m.id == base_id; });
  if (base == earlier.end()) node["extends"].refuse("the id of a model defined above");
  std::vector<std::string> isa = base->isa;
  if (node.has("remove")) remove_listed(isa, node["remove"], base_id);
  // isainfo -v prints the newest capabilities first, so added names go in front.
  std::vector<std::string> added;
  if (node.has("add"))
    for (const TableNode& name : node["add"].items()) {
      if (contains(isa, name.text()) || contains(added, name.text()))
        name.refuse(fmt::format("a feature {} does not have", base_id));
      added.push_back(name.text());
    }
  isa.insert(isa.begin(), added.begin(), added.end());
  return isa;
}

Topology read_topology(const TableNode& node) {
  node.only_keys({"sockets", "cores_per_socket", "threads_per_core", "clock_mhz"});
  return Topology{node["sockets"].integer(1, 64), node["cores_per_socket"].integer(1, 1024),
                  node["threads_per_core"].integer(1, 16), node["clock_mhz"].integer(100, 10000)};
}

X86Identity read_x86(const TableNode& node) {
  node.only_keys({"vendor", "family", "model", "stepping", "brand"});
  const TableNode vendor = node["vendor"];
  if (vendor.text() != "GenuineIntel" && vendor.text() != "AuthenticAMD")
    vendor.refuse("GenuineIntel or AuthenticAMD");
  return X86Identity{vendor.text(), node["family"].integer(0, 255), node["model"].integer(0, 255),
                     node["stepping"].integer(0, 15), node["brand"].text()};
}

std::vector<Bytes> read_page_sizes(const TableNode& node) {
  std::vector<Bytes> sizes;
  for (const TableNode& item : node.items()) {
    const Bytes size = item.size();
    if (!sizes.empty() && size <= sizes.back()) item.refuse("page sizes in ascending order");
    sizes.push_back(size);
  }
  if (sizes.empty()) node.refuse("at least one page size");
  return sizes;
}

struct References {
  const std::vector<NamedTiming>& timings;
  const std::vector<HostCompatibleLevel>& levels;
  const std::vector<FirmwareFloor>& firmware;
  const std::vector<ClassEntry>& classes;
};

const ClassEntry* find_class_entry(const References& refs, Arch arch, std::string_view name) {
  for (const ClassEntry& entry : refs.classes)
    if (entry.value.arch == arch && entry.value.name == name) return &entry;
  return nullptr;
}

void read_classes_of(CpuModel& model, const TableNode& entry, const References& refs) {
  for (const TableNode& name : entry["cpu_arch_classes"].items())
    if (!find_class_entry(refs, model.arch, name.text()))
      name.refuse(fmt::format("a {} class defined in the classes table", arch_name(model.arch)));
  model.cpu_arch_classes = entry["cpu_arch_classes"].texts();
  if (entry.has("native_class")) {
    const TableNode name = entry["native_class"];
    const ClassEntry* native = find_class_entry(refs, model.arch, name.text());
    if (!native || !native->value.native || !model.provides_class(name.text()))
      name.refuse("a native class of this architecture listed in cpu_arch_classes");
    model.native_class = name.text();
  }
  if (entry.has("host_compatible_levels")) {
    for (const TableNode& name : entry["host_compatible_levels"].items())
      if (std::none_of(refs.levels.begin(), refs.levels.end(),
                       [&](const HostCompatibleLevel& l) { return l.name == name.text(); }))
        name.refuse("a host-compatible level defined in the levels table");
    model.host_compatible_levels = entry["host_compatible_levels"].texts();
  }
}

void read_timing_of(CpuModel& model, const TableNode& node, const References& refs) {
  const auto found = std::find_if(refs.timings.begin(), refs.timings.end(), [&](const NamedTiming& t) {
    return t.arch == model.arch && t.name == node.text();
  });
  if (found == refs.timings.end()) node.refuse("a timing profile of this architecture");
  model.timing_profile = found->name;
  model.timing = found->timing;
  model.timing.clock_mhz = model.topology.clock_mhz;
  model.sources["timing"] = found->source;
}

void read_sources(CpuModel& model, const TableNode& node) {
  for (const auto& [group, note] : node.entries()) model.sources[group.text()] = note.text();
  std::vector<std::string> required = {"identity", "topology", "memory", "page_sizes", "isa", "firmware"};
  if (model.kernel_zones) required.push_back("migration");
  if (model.kernel_zones && model.arch == Arch::Sparc) required.push_back("ldom_limit");
  for (const std::string& group : required)
    if (!model.sources.contains(group))
      node.refuse(fmt::format("a source note for each fact group, including '{}'", group));
}

CpuModel read_model(const TableNode& entry, Arch arch, const References& refs,
                    const std::vector<CpuModel>& earlier) {
  entry.only_keys({"id", "vendor", "family", "kernel_zones", "too_old_reason", "topology",
                   "default_memory", "page_sizes", "isa", "x86", "psrinfo_name", "native_class",
                   "cpu_arch_classes", "host_compatible_levels", "firmware_family",
                   "ldom_kernel_zone_limit", "timing", "sources"});
  CpuModel model;
  model.id = entry["id"].text();
  model.vendor = entry["vendor"].text();
  model.family = entry["family"].text();
  model.arch = arch;
  model.kernel_zones = entry["kernel_zones"].boolean();
  if (model.kernel_zones == entry.has("too_old_reason"))
    entry.refuse("too_old_reason exactly when kernel_zones is false");
  model.too_old_reason = entry.text_or("too_old_reason", "");
  model.topology = read_topology(entry["topology"]);
  model.default_memory = entry["default_memory"].size();
  model.page_sizes = read_page_sizes(entry["page_sizes"]);
  model.isa = read_isa(entry["isa"], earlier);
  if (arch == Arch::X86) {
    model.x86 = read_x86(entry["x86"]);
    if (entry.has("psrinfo_name")) entry["psrinfo_name"].refuse("no psrinfo_name on x86 (x86 is printed from CPUID)");
  } else {
    if (entry.has("x86")) entry["x86"].refuse("no x86 identity on a SPARC model");
    model.psrinfo_name = entry["psrinfo_name"].text();
  }
  read_classes_of(model, entry, refs);
  const TableNode firmware = entry["firmware_family"];
  if (std::none_of(refs.firmware.begin(), refs.firmware.end(),
                   [&](const FirmwareFloor& f) { return f.family == firmware.text(); }))
    firmware.refuse("a family defined in the firmware table");
  model.firmware_family = firmware.text();
  if (arch == Arch::Sparc && model.kernel_zones)
    model.ldom_kernel_zone_limit = entry["ldom_kernel_zone_limit"].integer(1, 100000);
  else if (entry.has("ldom_kernel_zone_limit"))
    entry["ldom_kernel_zone_limit"].refuse("no LDom limit (SPARC kernel-zone hosts only)");
  read_timing_of(model, entry["timing"], refs);
  read_sources(model, entry["sources"]);
  return model;
}

std::vector<CpuModel> read_models(const std::vector<TableNode>& files, const References& refs) {
  std::vector<CpuModel> models;
  std::set<std::string> seen;
  for (const TableNode& file : files) {
    if (!file.has("models")) continue;
    const Arch arch = file["arch"].arch();
    for (const TableNode& entry : file["models"].items()) {
      require_unique(seen, entry["id"], "model id");
      models.push_back(read_model(entry, arch, refs, models));
    }
  }
  return models;
}

// Resolves features_of and refuses a class that would show a guest a feature that one of the
// models providing it does not have.
std::vector<MigrationClass> finish_classes(std::vector<ClassEntry> entries,
                                           const std::vector<CpuModel>& models) {
  std::vector<MigrationClass> classes;
  for (ClassEntry& entry : entries) {
    MigrationClass& value = entry.value;
    if (entry.features_of) {
      const auto model = std::find_if(models.begin(), models.end(), [&](const CpuModel& m) {
        return m.id == entry.features_of->text() && m.arch == value.arch;
      });
      if (model == models.end()) entry.features_of->refuse("the id of a model of this architecture");
      value.features = model->isa;
      if (entry.without) remove_listed(value.features, *entry.without, model->id);
    }
    for (const CpuModel& model : models) {
      if (model.arch != value.arch || !model.provides_class(value.name)) continue;
      for (const std::string& feature : value.features)
        if (!model.has_feature(feature))
          entry.node.refuse(fmt::format("features that every model providing {} has ({} lacks {})",
                                        value.name, model.id, feature));
    }
    classes.push_back(std::move(value));
  }
  return classes;
}

}  // namespace

Catalog Catalog::from_yaml(const std::map<std::string, std::string_view>& files) {
  std::vector<TableNode> tables;
  for (const auto& [name, text] : files) {
    TableNode table = TableNode::parse(name, text);
    table.only_keys({"arch", "models", "classes", "timing", "levels", "firmware", "calibration"});
    tables.push_back(std::move(table));
  }
  Catalog catalog;
  const std::vector<NamedTiming> timings = read_timings(tables);
  catalog.levels_ = read_levels(tables);
  catalog.firmware_ = read_firmware(tables);
  std::vector<ClassEntry> classes = read_classes(tables, catalog.levels_);
  catalog.models_ = read_models(tables, References{timings, catalog.levels_, catalog.firmware_, classes});
  catalog.classes_ = finish_classes(std::move(classes), catalog.models_);
  return catalog;
}

}  // namespace kzsim::catalog
