// The built-in catalog: the contract's model ids and the facts the guide and the references fix.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <set>

#include "core/catalog/catalog.hpp"

namespace kzsim::catalog {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const Catalog& catalog() { return Catalog::builtin(); }

const std::vector<std::string> kKernelZoneIds = {
    "sparc-t4", "sparc-t5", "sparc-m5", "sparc-m6", "sparc-t7", "sparc-m7", "sparc-s7",
    "sparc-t8", "sparc-m8", "fujitsu-m10", "fujitsu-m12", "intel-nehalem", "intel-westmere",
    "intel-sandybridge", "intel-ivybridge", "intel-haswell", "intel-broadwell", "intel-skylake",
    "intel-cascadelake", "intel-icelake", "intel-sapphirerapids", "amd-barcelona", "amd-istanbul",
    "amd-bulldozer", "amd-piledriver", "amd-zen", "amd-zen2", "amd-zen3", "amd-zen4"};
const std::vector<std::string> kTooOldIds = {"sparc-t2", "sparc-t3", "intel-penryn"};

// The Intel generations in order; migration-classN is the Nth.
const std::vector<std::string> kIntelGenerations = {
    "nehalem", "westmere", "sandybridge", "ivybridge", "haswell",
    "broadwell", "skylake", "cascadelake", "icelake", "sapphirerapids"};

TEST(BuiltinCatalog, HasEveryContractModelId) {
  for (const std::string& id : kKernelZoneIds) {
    const CpuModel* model = catalog().find_model(id);
    ASSERT_NE(model, nullptr) << id;
    EXPECT_TRUE(model->kernel_zones) << id;
    EXPECT_TRUE(model->too_old_reason.empty()) << id;
  }
  for (const std::string& id : kTooOldIds) {
    const CpuModel* model = catalog().find_model(id);
    ASSERT_NE(model, nullptr) << id;
    EXPECT_FALSE(model->kernel_zones) << id;
    EXPECT_THAT(model->too_old_reason, HasSubstr("guide ch.1")) << id;
  }
  EXPECT_EQ(catalog().models().size(), kKernelZoneIds.size() + kTooOldIds.size());
}

TEST(BuiltinCatalog, EveryModelIsComplete) {
  for (const CpuModel& model : catalog().models()) {
    SCOPED_TRACE(model.id);
    EXPECT_GT(model.topology.clock_mhz, 0);
    EXPECT_GE(model.default_memory, 8 * GiB);  // guide ch.1: at least 8GB of RAM
    EXPECT_FALSE(model.isa.empty());
    EXPECT_EQ(model.x86.has_value(), model.arch == Arch::X86);
    EXPECT_EQ(model.psrinfo_name.empty(), model.arch == Arch::X86);
    EXPECT_FALSE(model.timing.tlbs.empty());
    EXPECT_FALSE(model.timing.caches.empty());
    EXPECT_GT(model.timing.memory_cycles(), 0);
    for (const auto& [group, note] : model.sources) EXPECT_FALSE(note.empty()) << group;
    EXPECT_TRUE(model.sources.contains("timing"));
  }
}

TEST(BuiltinCatalog, PageSizesAscendAndT5MatchesTheGuide) {
  for (const CpuModel& model : catalog().models())
    EXPECT_TRUE(std::is_sorted(model.page_sizes.begin(), model.page_sizes.end()) &&
                std::adjacent_find(model.page_sizes.begin(), model.page_sizes.end()) ==
                    model.page_sizes.end())
        << model.id;
  EXPECT_THAT(catalog().find_model("sparc-t5")->page_sizes,
              ElementsAre(8 * KiB, 64 * KiB, 4 * MiB, 256 * MiB, 2 * GiB));
  EXPECT_EQ(catalog().find_model("sparc-m8")->page_sizes.back(), 16 * GiB);
  EXPECT_EQ(catalog().find_model("sparc-t4")->page_sizes.back(), 2 * GiB);
}

TEST(BuiltinCatalog, OneGigabytePagesExactlyFromWestmereAndBarcelona) {
  const std::set<std::string> without = {"intel-penryn", "intel-nehalem"};
  for (const CpuModel& model : catalog().models()) {
    if (model.arch != Arch::X86) continue;
    SCOPED_TRACE(model.id);
    const bool one_gigabyte = model.page_sizes.back() == GiB;
    EXPECT_EQ(one_gigabyte, !without.contains(model.id));
    EXPECT_EQ(one_gigabyte, model.has_feature("pdpe1gb"));  // CPUID agrees with pagesize -a
    EXPECT_EQ(model.page_sizes.front(), 4 * KiB);
  }
}

TEST(BuiltinCatalog, TopologyAndIdentityMatchTheGuideAndReferences) {
  const CpuModel& t4 = *catalog().find_model("sparc-t4");
  EXPECT_EQ(t4.topology.cores_per_socket, 6);
  EXPECT_EQ(t4.topology.threads_per_core, 8);
  EXPECT_EQ(t4.topology.clock_mhz, 2998);
  EXPECT_EQ(t4.psrinfo_name, "SPARC-T4");
  EXPECT_EQ(catalog().find_model("sparc-t5")->topology.clock_mhz, 3600);
  EXPECT_EQ(catalog().find_model("sparc-s7")->topology.clock_mhz, 4267);
  const X86Identity& ivy = *catalog().find_model("intel-ivybridge")->x86;
  EXPECT_EQ(ivy.vendor, "GenuineIntel");
  EXPECT_EQ(ivy.family * 1000 + ivy.model * 10 + ivy.stepping, 6000 + 620 + 4);
  EXPECT_EQ(ivy.brand, "Intel(r) Xeon(r) CPU E5-2620 v2 @ 2.10GHz");
  for (const CpuModel& model : catalog().models()) {
    if (model.vendor == "AMD") {
      EXPECT_EQ(model.x86->vendor, "AuthenticAMD") << model.id;
    }
  }
}

TEST(BuiltinCatalog, NativeClassesAreNamedAsTheGuidePrintsThem) {
  const std::map<std::string, std::string> expected = {
      {"sparc-t4", "SPARC-T4"}, {"sparc-t5", "SPARC-T5"},   {"sparc-m7", "SPARC-M7"},
      {"sparc-t7", "SPARC-M7"}, {"sparc-m8", "SPARC-M8"},   {"fujitsu-m10", "SPARC64-X"},
      {"fujitsu-m12", "SPARC64-XII"}, {"intel-haswell", "haswell"},
      {"intel-sandybridge", "sandybridge"}};
  for (const auto& [id, native] : expected) EXPECT_EQ(catalog().find_model(id)->native_class, native);
}

TEST(BuiltinCatalog, AmdAndTooOldModelsHaveNoClasses) {
  for (const CpuModel& model : catalog().models()) {
    if (model.vendor != "AMD" && model.kernel_zones) continue;
    EXPECT_TRUE(model.native_class.empty()) << model.id;
    EXPECT_TRUE(model.cpu_arch_classes.empty()) << model.id;
  }
}

TEST(BuiltinCatalog, ClassFeaturesAreASubsetOfEveryModelProvidingThem) {
  for (const MigrationClass& migration_class : catalog().classes()) {
    int providers = 0;
    for (const CpuModel& model : catalog().models()) {
      if (model.arch != migration_class.arch || !model.provides_class(migration_class.name)) continue;
      ++providers;
      for (const std::string& feature : migration_class.features)
        EXPECT_TRUE(model.has_feature(feature)) << migration_class.name << " " << model.id << " " << feature;
    }
    EXPECT_GT(providers, 0) << migration_class.name;
  }
}

TEST(BuiltinCatalog, IntelMigrationClassesFollowGenerations) {
  for (std::size_t generation = 0; generation < kIntelGenerations.size(); ++generation) {
    const CpuModel& model = *catalog().find_model("intel-" + kIntelGenerations[generation]);
    for (std::size_t n = 1; n <= kIntelGenerations.size(); ++n)
      EXPECT_EQ(model.provides_class(fmt::format("migration-class{}", n)), n <= generation + 1)
          << model.id << " migration-class" << n;
    const MigrationClass* native = catalog().find_class(Arch::X86, kIntelGenerations[generation]);
    ASSERT_NE(native, nullptr);
    EXPECT_TRUE(native->native);
  }
  // Example 5-6 sets migration-class4; a Haswell host can run it, a Sandy Bridge one cannot.
  EXPECT_TRUE(catalog().find_model("intel-haswell")->provides_class("migration-class4"));
  EXPECT_FALSE(catalog().find_model("intel-sandybridge")->provides_class("migration-class4"));
  for (std::size_t n = 2; n <= kIntelGenerations.size(); ++n)
    EXPECT_LT(catalog().find_class(Arch::X86, fmt::format("migration-class{}", n - 1))->rank,
              catalog().find_class(Arch::X86, fmt::format("migration-class{}", n))->rank);
}

TEST(BuiltinCatalog, SparcClassesAndModifiers) {
  for (const char* name : {"generic", "migration-class1", "sparc64-class1"})
    EXPECT_NE(catalog().find_class(Arch::Sparc, name), nullptr) << name;
  const auto carries = [](const char* class_name, const char* modifier) {
    const auto& modifiers = catalog().find_class(Arch::Sparc, class_name)->modifiers;
    return std::find(modifiers.begin(), modifiers.end(), modifier) != modifiers.end();
  };
  EXPECT_FALSE(carries("SPARC-T5", "adi"));  // guide Example 1-2
  EXPECT_TRUE(carries("SPARC-M7", "adi"));
  EXPECT_TRUE(carries("SPARC-M7", "level1"));
  EXPECT_FALSE(catalog().find_model("fujitsu-m10")->provides_class("migration-class1"));
  EXPECT_TRUE(catalog().find_model("fujitsu-m12")->provides_class("sparc64-class1"));
  EXPECT_TRUE(catalog().find_model("sparc-t4")->has_feature("aes"));  // migration-class1 keeps crypto
  EXPECT_TRUE(catalog().find_model("sparc-m7")->has_feature("adi"));
  EXPECT_FALSE(catalog().find_model("sparc-t5")->has_feature("adi"));
}

TEST(BuiltinCatalog, HostCompatibleLevels) {
  for (const char* name : {"native", "level2", "memlzr", "level1,memlzr"})
    EXPECT_TRUE(catalog().find_level(name)->enables_memory_reconfiguration) << name;
  for (const char* name : {"unset", "adi", "level1"})
    EXPECT_FALSE(catalog().find_level(name)->enables_memory_reconfiguration) << name;
  EXPECT_EQ(catalog().find_level("memlzs")->name, "memlzr");
  EXPECT_EQ(catalog().find_level("level1,memlzs")->name, "level1,memlzr");
  EXPECT_THAT(catalog().find_level("level1")->features, ElementsAre("adi", "dax", "va-masking"));
  EXPECT_THAT(catalog().find_level("adi")->features, ElementsAre("adi"));
}

TEST(BuiltinCatalog, LdomKernelZoneLimits) {
  const std::map<std::string, int> expected = {
      {"sparc-t4", 768}, {"sparc-t5", 768}, {"sparc-m5", 512},     {"sparc-m6", 512},
      {"sparc-m7", 512}, {"sparc-t7", 512}, {"sparc-s7", 512},     {"sparc-m8", 512},
      {"sparc-t8", 512}, {"fujitsu-m10", 256}, {"fujitsu-m12", 256}};
  for (const auto& [id, limit] : expected) EXPECT_EQ(catalog().find_model(id)->ldom_kernel_zone_limit, limit) << id;
}

TEST(BuiltinCatalog, FirmwareFloors) {
  const auto floor_of = [](const char* id) {
    return catalog().find_firmware(catalog().find_model(id)->firmware_family);
  };
  EXPECT_EQ(floor_of("sparc-t4")->kernel_zones_min, Version::parse("8.8"));
  for (const char* id : {"sparc-t5", "sparc-m5", "sparc-m6"})
    EXPECT_EQ(floor_of(id)->kernel_zones_min, Version::parse("9.5")) << id;
  for (const char* id : {"sparc-t7", "sparc-m7", "sparc-s7", "sparc-m8", "sparc-t8", "fujitsu-m12"}) {
    EXPECT_FALSE(floor_of(id)->kernel_zones_min) << id;
    EXPECT_FALSE(floor_of(id)->live_migration_min) << id;
  }
  EXPECT_EQ(floor_of("fujitsu-m10")->live_migration_min, Version::parse("2280"));
  EXPECT_EQ(floor_of("fujitsu-m10")->kind, "XCP");
  const FirmwareFloor& bios = *floor_of("amd-zen");
  EXPECT_EQ(&bios, floor_of("intel-haswell"));
  EXPECT_TRUE(bios.needs_compatible_microcode);
  ASSERT_EQ(bios.bios_requirements.size(), 3u);
  EXPECT_EQ(bios.bios_requirements[0].name, "vt-x");
  for (const CpuModel& model : catalog().models()) {
    const FirmwareFloor& floor = *floor_of(model.id.c_str());
    EXPECT_TRUE(Version::parse(floor.newest)) << model.id;
    EXPECT_EQ(floor.bios_requirements.empty(), model.arch == Arch::Sparc) << model.id;
  }
}

TEST(BuiltinCatalog, CloseMatchesForUnknownIds) {
  EXPECT_THAT(catalog().close_matches("intel-haswel"), ::testing::Contains("intel-haswell"));
  EXPECT_EQ(catalog().close_matches("intel-haswel").front(), "intel-haswell");
  const std::vector<std::string> t9 = catalog().close_matches("sparc-t9");
  EXPECT_THAT(t9, ::testing::IsSupersetOf({"sparc-t4", "sparc-t5", "sparc-t8"}));
  EXPECT_THAT(t9, ::testing::Not(::testing::Contains("intel-haswell")));
  EXPECT_THAT(catalog().close_matches("zen3"), ElementsAre("amd-zen3"));
  EXPECT_TRUE(catalog().close_matches("mainframe").empty());
  try {
    catalog().require_model("sparc-t9", SourceLocation{"world.yaml", 4, 14});
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("world.yaml:4:14: unknown model 'sparc-t9'"));
    EXPECT_THAT(e.what(), HasSubstr("(close matches: sparc-t2, sparc-t3, sparc-t4, sparc-t5, sparc-t7, sparc-t8"));
  }
}

}  // namespace
}  // namespace kzsim::catalog
