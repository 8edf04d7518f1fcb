#include "core/scenario/yaml_text.hpp"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

namespace kzsim::scenario {
namespace {

TEST(YamlTextValue, UsesLiteralBlocksWithTheRightChomping) {
  EXPECT_EQ(yaml_text_value("a\nb\n", 2), "|\n    a\n    b\n");
  EXPECT_EQ(yaml_text_value("a\nb", 2), "|-\n    a\n    b\n");
  EXPECT_EQ(yaml_text_value("a\n\n", 0), "|+\n  a\n\n");
  EXPECT_EQ(yaml_text_value("\n", 0), "|+\n\n");
}

TEST(YamlTextValue, GivesTheIndentationWhenTheTextStartsWithASpace) {
  EXPECT_EQ(yaml_text_value("  NAME\n", 0), "|2\n    NAME\n");
}

TEST(YamlTextValue, QuotesEmptyTextAndControlCharacters) {
  EXPECT_EQ(yaml_text_value("", 4), "\"\"\n");
  EXPECT_EQ(yaml_text_value("a\r\n\"b\"\x1b", 4), "\"a\\x0d\\n\\\"b\\\"\\x1b\"\n");
}

// Every text reads back as itself, at every indentation, after a key and before another.
TEST(YamlTextValue, RoundTripsThroughYaml) {
  const std::string texts[] = {
      "hello\n", "hello", "", "\n", "\n\n", "a\n\n", "a\n\n\n", "\na\n", "\n\na", " a\n",
      "  a\n b\n", "\n  a\n", "a\n  b\n\nc", "tab\there\n", "# not a comment\n", "- item\n",
      "key: value\n", "'quoted'\n", "\"dq\"\n", "x\r\n", "bell\a\n", "trailing  \n", " \n",
      "a\n \n", "...\n", "---\n", "héllo wörld\n", "|\n", ">\n", "a\n\tb\n"};
  for (int column : {0, 2, 6})
    for (const std::string& text : texts) {
      std::string margin(static_cast<std::size_t>(column), ' ');
      std::string yaml = "top:\n" + margin + "  before: 1\n" + margin + "  value: " +
                         yaml_text_value(text, column + 2) + margin + "  after: 2\n";
      // The keys sit at column + 2 below `top:`.
      YAML::Node node;
      ASSERT_NO_THROW(node = YAML::Load(yaml)) << yaml;
      EXPECT_EQ(node["top"]["value"].as<std::string>(), text) << yaml;
      EXPECT_EQ(node["top"]["after"].as<int>(), 2) << yaml;
    }
}

}  // namespace
}  // namespace kzsim::scenario
