#include "zones/teaching/command_manual.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "core/shell/builtins.hpp"
#include "tests/zones/teaching/teaching_paths.hpp"
#include "zones/commands.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/teaching/synopsis_form.hpp"

namespace kzsim::zones {
namespace {

using ::testing::HasSubstr;

TEST(CommandManuals, EachNamesACommandBuiltinOrGuestCommandAndItsGuideSectionsExist) {
  std::ifstream file(KZSIM_GUIDE_CONTENTS);
  std::stringstream guide;
  guide << file.rdbuf();
  const auto builtins = shell::builtin_names();
  for (const CommandManual& manual : CommandManuals::builtin().all()) {
    EXPECT_TRUE(find_command(manual.name) != nullptr || find_guest_command(manual.name) != nullptr ||
                std::ranges::find(builtins, manual.name) != builtins.end())
        << manual.name;
    for (const std::string& section : manual.guide)
      EXPECT_THAT(guide.str(), HasSubstr("\n" + section + "\t")) << manual.name << ": " << section;
  }
}

// A command added to the host's table, the shell's builtins or a kernel zone's guest commands
// without an entry in commands.yaml fails here.
TEST(CommandManuals, EveryCommandAHostOrAZoneAnswersHasOne) {
  std::vector<std::string> names = command_names();
  for (std::string_view name : shell::builtin_names()) names.emplace_back(name);
  for (std::string& name : guest_command_names()) names.push_back(std::move(name));
  EXPECT_GT(names.size(), 40u);
  for (const std::string& name : names)
    if (!name.starts_with("teaching-test-"))  // registered by explain_test, not by kzsim
      EXPECT_NE(CommandManuals::builtin().find(name), nullptr) << name;
}

TEST(CommandManuals, APageIsInTheStyleOfAManPage) {
  const std::string page = CommandManuals::builtin().find("sysadm")->page();
  EXPECT_THAT(page, HasSubstr("NAME\n     sysadm - system maintenance and evacuation\n\nSYNOPSIS\n"));
  EXPECT_THAT(page, HasSubstr("     sysadm maintain -s [-m message]\n"));
  EXPECT_THAT(page, HasSubstr("SEE ALSO\n     guide: \"sysadm Utility and Oracle Solaris Kernel Zones\"\n"));
}

TEST(CommandManuals, JsonFormsSayWhatTheyPrintAndNotesWhatIsModelled) {
  EXPECT_THAT(CommandManuals::builtin().find("psrinfo")->page(),
              HasSubstr("KZSIM EXTENSIONS\n     psrinfo [-p] [-v] --json\n     zlogin zonename psrinfo --json\n"
                        "          --json (kzsim, not Solaris) prints the listing as a JSON array with one\n"
                        "          object a row, keyed by the column names in lower case; numbers are\n"
                        "          numbers, a value the text shows as - is null.\n"));
  const CommandManuals manuals = CommandManuals::from_yaml(
      "m.yaml", "commands:\n  - name: a\n    summary: s\n    synopsis: [a]\n    json: [a --json]\n"
                "    json-shape: an object\n    notes: sizes are the simulator's\n    source: x\n");
  EXPECT_EQ(manuals.all().front().page(),
            "NAME\n     a - s\n\nSYNOPSIS\n     a\n\nKZSIM EXTENSIONS\n     a --json\n          an object\n"
            "\nNOTES\n     sizes are the simulator's\n");
}

// What makes a form look like a listing: a subcommand that lists or shows, -H or -o (a listing's
// header and fields), -l or -p without a value (list, parsable or physical).
WordSet listing_words(const SynopsisForm& form) {
  WordSet words;
  for (const std::string& word : form.named) {
    const bool listing_subcommand = word == "list" || word == "info" || word == "status" || word == "parse" ||
                                    word.starts_with("show-") || word.starts_with("lookup-");
    const bool listing_option =
        word == "-H" || word == "-o" || ((word == "-l" || word == "-p") && !form.valued.contains(word));
    if (listing_subcommand || listing_option) words.insert(word);
  }
  return words;
}

// A page whose synopsis shows a listing form has a json: form naming the same listing words (on
// the host or inside a kernel zone), or says in json-why-not: why it has none.
TEST(CommandManuals, EveryListingFormTakesJsonOrSaysWhyNot) {
  std::size_t listings = 0;
  for (const CommandManual& manual : CommandManuals::builtin().all()) {
    for (const std::string& line : manual.synopsis) {
      const WordSet wanted = listing_words(SynopsisForm::read(manual, line));
      if (wanted.empty()) continue;
      ++listings;
      const bool covered = std::ranges::any_of(manual.json, [&](const std::string& form) {
        const WordSet named = SynopsisForm::read(manual, form).named;
        return std::ranges::includes(named, wanted);
      });
      EXPECT_TRUE(covered || !manual.json_why_not.empty())
          << manual.name << ": \"" << line << "\" lists but no json: form names " << *wanted.begin()
          << " and the page has no json-why-not:";
    }
  }
  EXPECT_GT(listings, 15u);
}

TEST(CommandManuals, ListingWordsAreSubcommandsAndValuelessOptions) {
  const CommandManual& dladm = *CommandManuals::builtin().find("dladm");
  EXPECT_EQ(listing_words(SynopsisForm::read(dladm, "dladm show-linkprop [-p prop] [link]")), WordSet{"show-linkprop"});
  EXPECT_TRUE(listing_words(SynopsisForm::read(dladm, "dladm create-aggr -l link [-l link...] aggr-link")).empty());
  const CommandManual& sysadm = *CommandManuals::builtin().find("sysadm");
  EXPECT_EQ(listing_words(SynopsisForm::read(sysadm, "sysadm maintain -l")), WordSet{"-l"});
  EXPECT_TRUE(listing_words(SynopsisForm::read(sysadm, "sysadm maintain -s [-m message]")).empty());
}

TEST(CommandManuals, RefusesBadEntries) {
  const std::string good = "commands:\n  - name: a\n    summary: s\n    synopsis: [a]\n    source: x\n";
  EXPECT_EQ(CommandManuals::from_yaml("m.yaml", good).all().size(), 1u);
  try {
    CommandManuals::from_yaml("m.yaml", good + "    operand: planet\n");
    ADD_FAILURE();
  } catch (const InputError& error) {
    EXPECT_THAT(error.message(), HasSubstr("zone, host, rule or command"));
    EXPECT_EQ(error.where().line, 6);
  }
  try {
    CommandManuals::from_yaml("m.yaml", good + good.substr(std::string("commands:\n").size()));
    ADD_FAILURE();
  } catch (const InputError& error) {
    EXPECT_THAT(error.message(), HasSubstr("a name no other command has"));
    EXPECT_EQ(error.where().line, 6);
  }
}

}  // namespace
}  // namespace kzsim::zones
