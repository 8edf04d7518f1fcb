#include <gtest/gtest.h>

#include "core/catalog/catalog.hpp"
#include "core/catalog/edit_distance.hpp"

namespace kzsim::catalog {
namespace {

TEST(Version, ParsesDottedNumbers) {
  EXPECT_EQ(Version::parse("9.5.2")->parts, (std::vector<int>{9, 5, 2}));
  EXPECT_EQ(Version::parse("2280")->parts, (std::vector<int>{2280}));
  EXPECT_EQ(Version::parse("11.4.36")->text(), "11.4.36");
}

TEST(Version, RefusesWhatIsNotAVersion) {
  for (const char* text : {"", ".", "8.", ".8", "8..8", "8.x", "v8", "-1", "8.8 ", "1234567890"})
    EXPECT_FALSE(Version::parse(text)) << text;
}

TEST(Version, ComparesNumericallyPartByPart) {
  EXPECT_LT(*Version::parse("8.7"), *Version::parse("8.8"));
  EXPECT_LT(*Version::parse("8.9"), *Version::parse("8.10"));
  EXPECT_LT(*Version::parse("9.5"), *Version::parse("9.5.2"));
  EXPECT_EQ(*Version::parse("9.5"), *Version::parse("9.5"));
}

TEST(EditDistance, CountsInsertionsDeletionsSubstitutions) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("sparc-t5", "sparc-t5"), 0u);
  EXPECT_EQ(edit_distance("sparc-t5", "sparc-t4"), 1u);
  EXPECT_EQ(edit_distance("sprc-t5", "sparc-t5"), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

}  // namespace
}  // namespace kzsim::catalog
