#include "zones/teaching/refusal_rules.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "core/catalog/catalog.hpp"
#include "core/error.hpp"
#include "core/scenario/load.hpp"
#include "core/scenario/scenario_files.hpp"
#include "tests/zones/teaching/refusal_sources.hpp"
#include "tests/zones/teaching/teaching_paths.hpp"
#include "zones/host.hpp"
#include "zones/releases/feature_releases.hpp"

namespace kzsim::zones {
namespace {

using ::testing::HasSubstr;

std::string read(const std::filesystem::path& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

TEST(RefusalRules, EverySectionIsInTheGuidesTableOfContentsWithItsPage) {
  const std::string guide = read(KZSIM_GUIDE_CONTENTS);
  ASSERT_THAT(guide, HasSubstr("Contents"));
  for (const RefusalRule& rule : RefusalRules::builtin().rules())
    EXPECT_THAT(guide, HasSubstr("\n" + rule.section + "\t" + rule.page + "\n")) << rule.id;
}

// Every rule is shown by a teaching replay (tests/scenarios/teaching), so a rule whose message
// the commands no longer print fails that replay, and a rule without a replay fails here.
TEST(RefusalRules, EveryRuleIsExplainedInATeachingReplay) {
  std::string replays;
  for (const auto& entry : std::filesystem::directory_iterator(KZSIM_TEACHING_SCENARIOS))
    if (entry.path().extension() == ".yaml") replays += read(entry.path());
  for (const RefusalRule& rule : RefusalRules::builtin().rules())
    EXPECT_THAT(replays, HasSubstr("Rule " + rule.id + ":")) << rule.id;
}

// The release refusals are a family written from data (zones/releases/feature_releases.yaml):
// each row's refusal, for the host and for the zone, on either architecture, has a rule that
// names the feature and points at the row's section or at Table 1-1's.
TEST(RefusalRules, EveryReleaseRowsRefusalHasARule) {
  constexpr std::string_view kTable11 = "Software Requirements for Oracle Solaris Kernel Zones";
  const catalog::Version old = *catalog::Version::parse("11.1");
  for (std::string_view model : {"sparc-t7", "intel-haswell"}) {
    Host host;
    host.name = "old";
    host.model = &catalog::Catalog::builtin().require_model(model);
    host.os = old;
    Zone zone;
    zone.name = "kz";
    zone.guest_os = old;
    for (const FeatureReleases& row : FeatureReleaseTable::builtin().rows())
      for (const auto& refusal : {host_release_refusal(row.id, host), zone_release_refusal(row.id, host, zone)}) {
        ASSERT_TRUE(refusal) << row.id << " on " << model;
        const auto found = RefusalRules::builtin().match("zoneadm: zone 'kz': error: " + *refusal + "\n");
        ASSERT_TRUE(found) << *refusal;
        EXPECT_EQ(found->values.front(), std::make_pair(std::string("feature"), row.feature)) << *refusal;
        EXPECT_THAT(found->rule->section, ::testing::AnyOf(row.section, std::string(kTable11))) << *refusal;
      }
  }
}

// The migration verdict matrix (tests/zones/migration/verdicts.txt, written from zoneadm migrate
// for every pair of catalog models and cpu-arch/host-compatible settings) enumerates the
// refusals of migration between hosts; each has a rule. Its lines join a refusal's lines with
// spaces (migrate.x86-cpu-class takes a space or a newline there).
TEST(RefusalRules, EveryRefusalOfTheMigrationVerdictMatrixHasARule) {
  const auto verdicts =
      std::filesystem::path(KZSIM_TEACHING_SCENARIOS).parent_path().parent_path() / "zones" / "migration" / "verdicts.txt";
  std::istringstream lines(read(verdicts));
  std::set<std::string> refusals;
  constexpr std::string_view kRefused = ": refused: ";
  for (std::string line; std::getline(lines, line);)
    if (const auto at = line.find(kRefused); at != std::string::npos) refusals.insert(line.substr(at + kRefused.size()));
  ASSERT_GT(refusals.size(), 100u) << verdicts;
  for (const std::string& refusal : refusals) EXPECT_TRUE(RefusalRules::builtin().match(refusal)) << refusal;
}

// What a refused step of a replay printed, or nothing for a step that is not refused or
// expects no whole text.
std::optional<std::string> refusal_text(const scenario::Step& step) {
  const auto* run = std::get_if<scenario::RunStep>(&step.action);
  if (run == nullptr || !run->expect || run->expect->exit.value_or(0) == 0) return std::nullopt;
  const auto& text = run->expect->stderr_text ? run->expect->stderr_text : run->expect->output_text;
  if (!text || text->empty()) return std::nullopt;
  return text;
}

// A printed refusal that an entry of refusal_coverage.yaml's needs-no-rule (its match pattern)
// lists: the message itself names the missing object or the expected form.
bool needs_no_rule(const std::string& printed) {
  static const auto list = testing::read_coverage_list(KZSIM_REFUSAL_COVERAGE);
  return std::ranges::any_of(list.entries, [&](const testing::Listed& entry) {
    return entry.list == "needs-no-rule" && entry.match && std::regex_search(printed, *entry.match);
  });
}

// Every refusal the scenario replays show (tests/scenarios) has a rule, or is one that
// refusal_coverage.yaml lists as needing none; a new refusal in a replay must choose.
TEST(RefusalRules, EveryRefusalAReplayShowsHasARuleOrNeedsNone) {
  const auto replays = std::filesystem::path(KZSIM_TEACHING_SCENARIOS).parent_path();
  std::size_t refused = 0;
  for (const std::string& file : scenario::scenario_files({replays.string()}))
    for (const scenario::Step& step : scenario::load_scenario(file).steps) {
      const auto text = refusal_text(step);
      if (!text) continue;
      ++refused;
      EXPECT_TRUE(RefusalRules::builtin().match(*text) || needs_no_rule(*text)) << file << " step " << step.number << ":\n" << *text;
    }
  EXPECT_GT(refused, 100u);
}

TEST(RefusalRules, MatchNamesTheValuesAndFillsTheSentence) {
  const auto found = RefusalRules::builtin().match(
      "physical: 4100M is not a multiple of 256M; SPARC kernel zones take memory in 256M increments\n");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->rule->id, "zonecfg.memory-increment");
  EXPECT_EQ(found->values, (std::vector<std::pair<std::string, std::string>>{
                               {"requested", "4100M"}, {"increment", "256M"}, {"architecture", "SPARC"}}));
  EXPECT_EQ(found->sentence(),
            "SPARC kernel zones take capped-memory:physical in increments of 256M; 4100M is not a multiple of it");
}

TEST(RefusalRules, TheLatestRefusalInTheOutputWins) {
  const auto found = RefusalRules::builtin().match(
      "physical: 3T is more than the maximum of 2T\nzonepath: property not supported by brand solaris-kz\n");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->rule->id, "zonecfg.zonepath");  // not the general brand-property rule
  EXPECT_EQ(found->printed, "zonepath: property not supported by brand solaris-kz\n");
}

TEST(RefusalRules, MultiLineRefusalsAreShownWhole) {
  const auto found = RefusalRules::builtin().match(
      "zone 'kz1': error: Suspended zone has 8 active VCPUs, more than the configured\n"
      "zone 'kz1': virtual-cpu maximum of 4.\n");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->rule->id, "migrate.vcpu-maximum");
  EXPECT_THAT(found->printed, HasSubstr("more than the configured\nzone 'kz1': virtual-cpu maximum of 4."));
}

TEST(RefusalRules, UnknownMessagesMatchNothing) {
  EXPECT_FALSE(RefusalRules::builtin().match("sh: frobnicate: command not found\n"));
  EXPECT_FALSE(RefusalRules::builtin().match(""));
}

void expect_refused(std::string_view text, std::string_view expected, int line) {
  try {
    RefusalRules::from_yaml("rules.yaml", text);
    ADD_FAILURE() << "accepted: " << text;
  } catch (const InputError& error) {
    EXPECT_THAT(error.message(), HasSubstr(std::string(expected)));
    EXPECT_EQ(error.where().file, "rules.yaml");
    EXPECT_EQ(error.where().line, line);
  }
}

constexpr std::string_view kRule =
    "rules:\n  - id: a.b\n    match: 'x (\\S+)'\n    values: [v]\n    rule: 'r {v}'\n    section: S\n"
    "    page: 1-1\n    source: s\n";

TEST(RefusalRules, AGoodTableLoads) {
  const RefusalRules rules = RefusalRules::from_yaml("rules.yaml", kRule);
  ASSERT_EQ(rules.rules().size(), 1u);
  EXPECT_EQ(rules.find("a.b")->section, "S");
  EXPECT_EQ(rules.find("c.d"), nullptr);
}

TEST(RefusalRules, RefusesGroupsWithoutNames) {
  expect_refused(std::regex_replace(std::string(kRule), std::regex("values: \\[v\\]"), "values: []"), "values", 4);
}

TEST(RefusalRules, RefusesAPlaceholderThatIsNoValue) {
  expect_refused(std::regex_replace(std::string(kRule), std::regex("r \\{v\\}"), "r {w}"), "not {w}", 5);
}

TEST(RefusalRules, RefusesABadPattern) {
  expect_refused(std::regex_replace(std::string(kRule), std::regex("x \\("), "x (("), "regular expression", 3);
}

TEST(RefusalRules, RefusesADuplicateId) {
  const std::string twice = std::string(kRule) + std::string(kRule).substr(std::string("rules:\n").size());
  expect_refused(twice, "an id no other rule has", 9);
}

TEST(RefusalRules, RefusesAMissingOrUnknownKey) {
  expect_refused(std::regex_replace(std::string(kRule), std::regex("    page: 1-1\n"), ""), "'page'", 2);
  expect_refused(std::regex_replace(std::string(kRule), std::regex("page:"), "pages:"), "unknown key 'pages'", 7);
}

}  // namespace
}  // namespace kzsim::zones
