// Every refusal message the zones layer's sources hold (refusal_sources.hpp says which they are)
// has an explain rule, or is listed in zones/teaching/refusal_coverage.yaml with why it needs
// none, or as a refusal that teaches a rule explain does not have yet.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <optional>
#include <regex>

#include "tests/zones/teaching/refusal_sources.hpp"
#include "tests/zones/teaching/teaching_paths.hpp"
#include "zones/teaching/refusal_rules.hpp"

namespace kzsim::zones {
namespace {

using testing::Listed;
using testing::RefusalFormat;

const testing::CoverageList& coverage_list() {
  static const auto list = testing::read_coverage_list(KZSIM_REFUSAL_COVERAGE);
  return list;
}

// The format with every placeholder given `value` ({{ and }} are braces).
std::string instance(const std::string& format, const std::string& value) {
  static const std::regex placeholder(R"(\{[^{}]*\})");
  std::string text = std::regex_replace(format, std::regex(R"(\{\{)"), "\x01");
  text = std::regex_replace(text, std::regex(R"(\}\})"), "\x02");
  text = std::regex_replace(text, placeholder, value);
  return std::regex_replace(std::regex_replace(text, std::regex("\x01"), "{"), std::regex("\x02"), "}");
}

// The format as a pattern of what a command prints with it: any text around the format's text,
// each placeholder any text.
std::regex instances_of(const std::string& format) {
  static const std::regex special(R"([.^$|()\[\]*+?\\])");
  std::string escaped = std::regex_replace(format, special, "\\$&");
  escaped = std::regex_replace(escaped, std::regex(R"(\{\{)"), "\\{");
  escaped = std::regex_replace(escaped, std::regex(R"(\}\})"), "\\}");
  const std::string any = R"([\s\S]*)";
  return std::regex(any + std::regex_replace(escaped, std::regex(R"(\{[^{}]*\})"), any) + any);
}

// A rule matches an instance of the format: its placeholders all given one of a few values (a
// name, a number, a word the migration and memory rules take), or an example of
// refusal_coverage.yaml that is an instance of the format.
bool has_rule(const RefusalFormat& format) {
  for (const std::string value : {"kz1", "8", "live", "SPARC"})
    if (RefusalRules::builtin().match(instance(format.text, value))) return true;
  return std::ranges::any_of(coverage_list().examples, [&](const std::string& example) {
    return RefusalRules::builtin().match(example) && std::regex_match(example, instances_of(format.text));
  });
}

const std::vector<RefusalFormat>& formats() {
  static const auto all = testing::refusal_formats(KZSIM_ZONES_SOURCES);
  return all;
}

TEST(RefusalCoverage, TheSourcesHoldTheRefusalsExplainKnows) {
  ASSERT_GT(formats().size(), 300u);
  const auto named = [](std::string_view part) {
    return std::ranges::any_of(formats(), [&](const RefusalFormat& format) { return format.text.find(part) != std::string::npos; });
  };
  EXPECT_TRUE(named("physical: {} is not a multiple of {}; {} kernel zones take memory in {} increments"));
  EXPECT_TRUE(named("zone is {}; expected a running zone to apply its configuration to."));
  EXPECT_TRUE(named("is already installed."));
}

TEST(RefusalCoverage, EveryRefusalInTheSourcesHasARuleOrIsListed) {
  const auto& listed = coverage_list().entries;
  std::size_t by_rule = 0, no_rule = 0, missing = 0;
  for (const RefusalFormat& format : formats()) {
    if (has_rule(format)) {
      ++by_rule;
      continue;
    }
    const auto entry = std::ranges::find_if(listed, [&](const Listed& entry) { return entry.lists(format); });
    EXPECT_TRUE(entry != listed.end()) << format.file << ":" << format.line << ": no explain rule matches this refusal and "
                                       << KZSIM_REFUSAL_COVERAGE << " does not list it:\n" << ::testing::PrintToString(format.text);
    if (entry != listed.end()) ++(entry->list == "needs-no-rule" ? no_rule : missing);
  }
  ::testing::Test::RecordProperty("by_rule", static_cast<int>(by_rule));
  ::testing::Test::RecordProperty("needs_no_rule", static_cast<int>(no_rule));
  ::testing::Test::RecordProperty("rule_missing", static_cast<int>(missing));
  std::cout << "refusal formats: " << formats().size() << ", with a rule " << by_rule << ", needing none " << no_rule
            << ", rule missing " << missing << "\n";
}

// An example that no rule explains, or that is no instance of a source's format, goes.
TEST(RefusalCoverage, EveryExampleIsARefusalOfTheSourcesThatARuleExplains) {
  for (const std::string& example : coverage_list().examples) {
    EXPECT_TRUE(RefusalRules::builtin().match(example)) << example;
    EXPECT_TRUE(std::ranges::any_of(formats(), [&](const RefusalFormat& format) {
      return std::regex_match(example, instances_of(format.text));
    })) << example;
  }
}

// An entry that lists no refusal of the sources, or only refusals a rule now explains, goes.
TEST(RefusalCoverage, EveryListEntryListsARefusalNoRuleExplains) {
  for (const Listed& entry : coverage_list().entries) {
    const bool lists = std::ranges::any_of(formats(), [&](const RefusalFormat& format) {
      return entry.lists(format) && !has_rule(format);
    });
    EXPECT_TRUE(lists) << entry.list << ": '" << entry.pattern << "' lists no refusal that lacks a rule; remove it";
  }
}

}  // namespace
}  // namespace kzsim::zones
