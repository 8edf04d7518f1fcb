// No message kzsim prints carries a line break that the guide's rendering put into one line of
// output (guide_line_breaks.yaml, issue #15): neither a format string of zones/ (the refusal
// formats refusal_sources.hpp reads, adjacent literals joined) nor any other text of its sources
// (raw string tables, "\n" escapes, the YAML data). The transcripts the scenario replays print are
// checked by tests/tools/transcript_line_breaks.py against the same list.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "core/catalog/yaml_table.hpp"
#include "tests/zones/teaching/refusal_sources.hpp"
#include "tests/zones/teaching/teaching_paths.hpp"

namespace kzsim::zones {
namespace {

struct GuideBreak {
  std::string name;  // the guide place, for messages
  std::regex broken;
};

std::string escaped_for_regex(const std::string& text) {
  static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
  return std::regex_replace(text, special, "\\$&");
}

std::vector<GuideBreak> guide_breaks() {
  const std::filesystem::path file = std::filesystem::path(KZSIM_TEACHING_TESTS) / "guide_line_breaks.yaml";
  const auto table = catalog::TableNode::parse(file.string(), testing::read_text(file));
  table.only_keys({"breaks"});
  std::vector<GuideBreak> breaks;
  for (const auto& entry : table["breaks"].items()) {
    entry.only_keys({"guide", "before", "after", "pattern", "why"});
    entry["why"].text();
    const std::string pattern = entry.has("pattern")
                                    ? entry["pattern"].text()
                                    : escaped_for_regex(entry["before"].text()) + R"([ \t]*\n[ \t]*)" +
                                          escaped_for_regex(entry["after"].text());
    breaks.push_back({entry["guide"].text(), std::regex(pattern)});
  }
  return breaks;
}

// A source file's text with its "\n" escapes as line breaks and adjacent string literals joined
// ("...\n"  "..." across lines), so that a break written either way is one line break.
std::string as_printed(const std::string& source) {
  std::string text = std::regex_replace(source, std::regex(R"(\\n)"), "\n");
  return std::regex_replace(text, std::regex(R"("[ \t]*\n[ \t]*")"), "");
}

std::vector<std::filesystem::path> zones_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(KZSIM_ZONES_SOURCES))
    if (entry.path().extension() == ".cpp" || entry.path().extension() == ".hpp" || entry.path().extension() == ".yaml")
      files.push_back(entry.path());
  std::ranges::sort(files);
  return files;
}

TEST(LineBreaks, TheListNamesEveryKnownBreak) {
  const auto breaks = guide_breaks();
  EXPECT_GE(breaks.size(), 15u);
  // The list finds what it is for: the guide's own broken lines.
  const auto finds = [&](const std::string& text) {
    return std::ranges::any_of(breaks, [&](const GuideBreak& entry) { return std::regex_search(text, entry.broken); });
  };
  EXPECT_TRUE(finds("solaris.network.autoconf.read,solaris.zone.m\nigrate\n"));
  EXPECT_TRUE(finds("Startup: Linked image publisher check ... Startup: Refreshing catalog\n'nightly' ... Done\n"));
  EXPECT_TRUE(finds("boot environment uuid: 69ed2e6a-e25a-6d36-e022-\ned7261ed8899\n"));
  EXPECT_FALSE(finds("Startup: Linked image publisher check ... Startup: Refreshing catalog 'nightly' ... Done\n"));
  EXPECT_FALSE(finds("Checking: Modifying capped-memory physical=4G\nApplying the changes\n"));
}

TEST(LineBreaks, NoFormatStringCarriesAGuideBreak) {
  const auto breaks = guide_breaks();
  const auto formats = testing::refusal_formats(KZSIM_ZONES_SOURCES);
  ASSERT_GT(formats.size(), 300u);
  for (const auto& format : formats)
    for (const GuideBreak& entry : breaks)
      EXPECT_FALSE(std::regex_search(format.text, entry.broken))
          << format.file << ":" << format.line << " breaks a line as the guide's page does (" << entry.name << "):\n"
          << format.text;
}

TEST(LineBreaks, NoSourceTextCarriesAGuideBreak) {
  const auto breaks = guide_breaks();
  const auto files = zones_files();
  ASSERT_GT(files.size(), 100u);
  for (const auto& path : files) {
    const std::string text = as_printed(testing::read_text(path));
    for (const GuideBreak& entry : breaks)
      EXPECT_FALSE(std::regex_search(text, entry.broken))
          << path.generic_string() << " breaks a line as the guide's page does (" << entry.name << ")";
  }
}

}  // namespace
}  // namespace kzsim::zones
