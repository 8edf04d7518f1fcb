#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/catalog/catalog.hpp"
#include "core/error.hpp"
#include "tests/core/catalog/catalog_fixture.hpp"

namespace kzsim::catalog {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::replaced;
using testing::Tables;

// The message of the InputError that loading `tables` throws.
std::string refusal(const Tables& tables) {
  try {
    Catalog::from_yaml(tables.files());
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(CatalogYaml, ReadsEveryTable) {
  const Catalog catalog = Catalog::from_yaml(Tables{}.files());
  const CpuModel* a = catalog.find_model("sparc-a");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->topology.cores_per_socket, 2);
  EXPECT_EQ(a->default_memory, 64 * GiB);
  EXPECT_THAT(a->page_sizes, ElementsAre(8 * KiB, 4 * MiB, 256 * MiB));
  EXPECT_EQ(a->timing.tlbs.at(0).entries_per_page_size.at(8 * KiB), 128);
  EXPECT_EQ(a->timing.caches.at(0).size, 16 * KiB);
  EXPECT_EQ(a->sources.at("timing"), "s");
  EXPECT_EQ(catalog.find_class(Arch::Sparc, "SPARC-A")->features, a->isa);
  EXPECT_EQ(catalog.find_class(Arch::X86, "SPARC-A"), nullptr);
  EXPECT_EQ(catalog.find_firmware("fw")->kernel_zones_min, Version::parse("8.8"));
}

TEST(CatalogYaml, IsaExtendsAnEarlierModelNewestFirst) {
  const Catalog catalog = Catalog::from_yaml(Tables{}.files());
  EXPECT_THAT(catalog.find_model("sparc-b")->isa, ElementsAre("new", "vis", "popc"));
}

TEST(CatalogYaml, FindLevelAcceptsAliasesAndAnyOrder) {
  const Catalog catalog = Catalog::from_yaml(Tables{}.files());
  EXPECT_EQ(catalog.find_level("memlzs")->name, "memlzr");
  EXPECT_EQ(catalog.find_level("level1,memlzs")->name, "level1,memlzr");
  EXPECT_EQ(catalog.find_level("memlzr,level1")->name, "level1,memlzr");
  EXPECT_EQ(catalog.find_level("level3"), nullptr);
  EXPECT_FALSE(catalog.find_level("unset")->settable);
}

TEST(CatalogYaml, InvalidYamlNamesFileLineAndColumn) {
  Tables tables;
  tables.firmware = "firmware:\n  - {family: fw, kind: [\n";
  EXPECT_THAT(refusal(tables), HasSubstr("firmware.yaml:3:1: expected valid YAML"));
}

// One line of the fixture changed, and what the refusal must say.
struct Breakage {
  const char* rule;
  std::string Tables::*table;
  const char* from;
  const char* to;
  const char* expected;
  friend void PrintTo(const Breakage& breakage, std::ostream* out) { *out << breakage.rule; }
};

class CatalogYamlRefuses : public ::testing::TestWithParam<Breakage> {};

TEST_P(CatalogYamlRefuses, NamingThePlaceAndWhatWasExpected) {
  const Breakage& breakage = GetParam();
  Tables tables;
  tables.*breakage.table = replaced(tables.*breakage.table, breakage.from, breakage.to);
  EXPECT_THAT(refusal(tables), HasSubstr(breakage.expected)) << breakage.rule;
}

INSTANTIATE_TEST_SUITE_P(
    EachRule, CatalogYamlRefuses,
    ::testing::Values(
        Breakage{"missing key", &Tables::models, "    vendor: Oracle\n", "",
                 "models.yaml:3:5: models[0]: expected the key 'vendor'"},
        Breakage{"unknown key", &Tables::models, "    vendor: Oracle", "    vendr: Oracle",
                 "models.yaml:4:5: models[0]: unknown key 'vendr'"},
        Breakage{"wrong type", &Tables::models, "clock_mhz: 3000", "clock_mhz: fast",
                 "models.yaml:8:81: models[0].topology.clock_mhz: expected a whole number"},
        Breakage{"page sizes ascend", &Tables::models, "[8K, 4M, 256M]", "[8K, 256M, 4M]",
                 "models.yaml:10:28: models[0].page_sizes[2]: expected page sizes in ascending order"},
        Breakage{"class features are the providers' features", &Tables::classes,
                 "features: [vis]", "features: [vis, vis3]", "sparc-a lacks vis3"},
        Breakage{"classes exist", &Tables::models, "[generic, SPARC-A]", "[generic, SPARC-Z]",
                 "models.yaml:13:33: models[0].cpu_arch_classes[1]: expected a sparc class"},
        Breakage{"levels exist", &Tables::models, "[unset, adi]", "[unset, level9]",
                 "models[0].host_compatible_levels[1]: expected a host-compatible level"},
        Breakage{"firmware families exist", &Tables::models, "firmware_family: fw\n    ldom",
                 "firmware_family: nofw\n    ldom", "expected a family defined in the firmware table"},
        Breakage{"timing profiles exist", &Tables::models, "timing: core\n    sources",
                 "timing: slow\n    sources", "models[0].timing: expected a timing profile"},
        Breakage{"native class is native and provided", &Tables::models, "native_class: SPARC-A",
                 "native_class: generic", "native_class: expected a native class"},
        Breakage{"every fact group has a source", &Tables::models, "isa: s, migration: s",
                 "migration: s", "including 'isa'"},
        Breakage{"a reason exactly for too-old models", &Tables::models,
                 "    too_old_reason: too old\n", "", "too_old_reason exactly when kernel_zones is false"},
        Breakage{"ids are unique", &Tables::models, "id: sparc-b", "id: sparc-a",
                 "models[1].id: expected a model id not defined before"},
        Breakage{"modifiers are levels", &Tables::classes, "modifiers: [adi]", "modifiers: [adj]",
                 "expected a host-compatible level defined in the levels table"},
        Breakage{"newest firmware meets the floor", &Tables::firmware, "newest: \"9.1\"",
                 "newest: \"8.7\"", "firmware[0].newest: expected a version at or above"},
        Breakage{"isa extends an earlier model", &Tables::models, "extends: sparc-a", "extends: sparc-z",
                 "models[1].isa.extends: expected the id of a model defined above"},
        Breakage{"cpi classes are known", &Tables::timing, "cpi: {alu: 1}", "cpi: {alu: 1, vector: 2}",
                 "timing.yaml:5:19: timing[0].cpi: unknown key 'vector'"},
        Breakage{"timing keys are known", &Tables::timing, "fill_buffers: 8", "fill_buffer: 8",
                 "timing.yaml:8:5: timing[0]: unknown key 'fill_buffer'"},
        Breakage{"levels say what they serve", &Tables::timing, "{name: L1D, serves: data,",
                 "{name: L1D, serves: dat,", "timing[0].caches[0].serves: expected data, instructions or unified"},
        Breakage{"sets are whole", &Tables::timing, "size: 16K, line: 32, ways: 4", "size: 16K, line: 32, ways: 3",
                 "timing[0].caches[0].size: expected a multiple of line x ways"},
        Breakage{"tree-PLRU needs power-of-two ways", &Tables::timing, "ways: 4, hit_cycles: 3",
                 "ways: 4, replacement: mru, hit_cycles: 3", "expected lru or plru"},
        Breakage{"TLB ways divide the entries", &Tables::timing, "ways: full", "ways: 3",
                 "timing[0].tlbs[0].ways: expected a number of ways that divides the entry count"}));

}  // namespace
}  // namespace kzsim::catalog
