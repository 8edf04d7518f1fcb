// What `kzsim models` prints, from the built-in catalog.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/catalog/model_report.hpp"

namespace kzsim::catalog {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const Catalog& catalog() { return Catalog::builtin(); }

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> result;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    result.push_back(text.substr(start, end - start));
  return result;
}

TEST(ModelReport, TableHasAHeaderAndOneAlignedLineAModel) {
  const std::vector<std::string> table = lines(models_table(catalog()));
  ASSERT_EQ(table.size(), catalog().models().size() + 1);
  EXPECT_THAT(table[0], StartsWith("ID "));
  const std::size_t family_column = table[0].find("FAMILY");
  const std::size_t support_column = table[0].find("KERNEL ZONES");
  for (std::size_t i = 0; i < catalog().models().size(); ++i) {
    const CpuModel& model = catalog().models()[i];
    EXPECT_THAT(table[i + 1], StartsWith(model.id + " "));
    EXPECT_EQ(table[i + 1].substr(family_column, model.family.size()), model.family);
    EXPECT_EQ(table[i + 1].substr(support_column), model.kernel_zones ? "yes" : "no");
  }
}

TEST(ModelReport, JsonListHasEveryModel) {
  const nlohmann::json list = nlohmann::json::parse(models_json(catalog()));
  ASSERT_EQ(list.size(), catalog().models().size());
  EXPECT_EQ(list[0]["id"], catalog().models()[0].id);
  for (const nlohmann::json& entry : list)
    EXPECT_EQ(entry["kernel_zones"].get<bool>(), catalog().find_model(entry["id"].get<std::string>())->kernel_zones);
}

TEST(ModelReport, DetailsShowEveryFactGroupOfSparcT5) {
  const std::string text = model_details(catalog(), *catalog().find_model("sparc-t5"));
  EXPECT_THAT(text, HasSubstr("\npage sizes:             8K 64K 4M 256M 2G\n"));
  EXPECT_THAT(text, HasSubstr("\ntopology:               1 socket x 10 cores x 8 threads, 3600 MHz\n"));
  EXPECT_THAT(text, HasSubstr("\nnative class:           SPARC-T5\n"));
  EXPECT_THAT(text, HasSubstr("System Firmware (sparc-t5-m5-m6): kernel zones from 9.5"));
  EXPECT_THAT(text, HasSubstr("\nLDom kernel zones:      768\n"));
  EXPECT_THAT(text, HasSubstr("\n  DTLB:                 128 x 8K full,"));
  EXPECT_THAT(text, HasSubstr("\nsources:\n"));
  EXPECT_THAT(text, HasSubstr("  page_sizes: guide ch.2 Example 2-4"));
}

TEST(ModelReport, DetailsOfAnX86AndATooOldModel) {
  const std::string ivy = model_details(catalog(), *catalog().find_model("intel-ivybridge"));
  EXPECT_THAT(ivy, HasSubstr("cpuid:                  GenuineIntel family 6 model 62 step 4, "
                             "Intel(r) Xeon(r) CPU E5-2620 v2 @ 2.10GHz\n"));
  EXPECT_THAT(ivy, ::testing::Not(HasSubstr("LDom")));
  const std::string t3 = model_details(catalog(), *catalog().find_model("sparc-t3"));
  EXPECT_THAT(t3, HasSubstr("kernel zones:           no: kernel zones need a SPARC T4 or later"));
  EXPECT_THAT(t3, HasSubstr("native class:           none\n"));
}

TEST(ModelReport, JsonOfOneModel) {
  const nlohmann::json t5 = nlohmann::json::parse(model_json(catalog(), *catalog().find_model("sparc-t5")));
  EXPECT_EQ(t5["page_sizes"], nlohmann::json({8192, 65536, 4194304, 268435456, 2147483648}));
  EXPECT_EQ(t5["firmware"]["kernel_zones_min"], "9.5");
  EXPECT_EQ(t5["native_class"], "SPARC-T5");
  EXPECT_EQ(t5["timing"]["tlbs"][0]["entries"]["2G"], 128);
  const nlohmann::json m7 = nlohmann::json::parse(model_json(catalog(), *catalog().find_model("sparc-m7")));
  EXPECT_TRUE(m7["firmware"]["kernel_zones_min"].is_null());
}

}  // namespace
}  // namespace kzsim::catalog
