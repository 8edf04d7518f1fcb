#include "zones/teaching/shell_vocabulary.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "tests/zones/teaching/teaching_world.hpp"
#include "zones/teaching/command_manual.hpp"

namespace kzsim::zones {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;
using ::testing::Not;

struct VocabularyWorld : testing::TeachingWorld {
  VocabularyWorld() : TeachingWorld("global: {machine: sparc-t5}\nglobal2: {machine: sparc-t5}") {
    run("zonecfg -z kzone1 'create -t SYSsolaris-kz'; zonecfg -z kzone2 'create -t SYSsolaris-kz'");
  }

  std::vector<std::string> complete(std::string_view line, std::string_view prompt = "global$ ") const {
    return shell::complete(line, *shell_vocabulary(*world, "global", prompt)).candidates;
  }
};

TEST(ShellVocabulary, CommandsAndBuiltins) {
  VocabularyWorld words;
  EXPECT_THAT(words.complete("zo"), ElementsAre("zoneadm", "zonecfg", "zonename"));
  EXPECT_THAT(words.complete("ss"), ElementsAre("ssh"));
  EXPECT_THAT(words.complete("expl"), ElementsAre("explain"));
}

TEST(ShellVocabulary, SubcommandsAndTheirOptions) {
  VocabularyWorld words;
  EXPECT_THAT(words.complete("zoneadm -z kzone1 mi"), ElementsAre("migrate"));
  EXPECT_THAT(words.complete("zoneadm list -"), ElementsAre("--json", "-c", "-i", "-p", "-s", "-v"));
  EXPECT_THAT(words.complete("sysadm maintain -"), ElementsAre("-e", "-l", "-m", "-s"));
  EXPECT_THAT(words.complete("zoneadm -"), ElementsAre("-z"));
}

TEST(ShellVocabulary, ZoneHostAndRuleNames) {
  VocabularyWorld words;
  EXPECT_THAT(words.complete("zoneadm -z "), ElementsAre("kzone1", "kzone2"));
  EXPECT_THAT(words.complete("pfbash zonecfg -z kzone"), ElementsAre("kzone1", "kzone2"));
  EXPECT_THAT(words.complete("zlogin -C kz"), ElementsAre("kzone1", "kzone2"));
  EXPECT_THAT(words.complete("ssh glo"), ElementsAre("global", "global2"));
  EXPECT_THAT(words.complete("explain zonecfg.memory-"), ElementsAre("zonecfg.memory-increment", "zonecfg.memory-maximum"));
  EXPECT_THAT(words.complete("help zonea"), ElementsAre("zoneadm"));
  EXPECT_THAT(words.complete("zlogin kzone1 "), IsEmpty());  // the zone is named; its command is the guest's
}

// --json comes where commands.yaml's json: forms take it, and nowhere else.
TEST(ShellVocabulary, JsonWhereTheCommandFormTakesIt) {
  VocabularyWorld words;
  EXPECT_THAT(words.complete("zoneadm list -v --"), ElementsAre("--json"));
  EXPECT_THAT(words.complete("zoneadm -z kzone1 list -"), Contains("--json"));
  EXPECT_THAT(words.complete("zoneadm -z kzone1 boot -"), Not(Contains("--json")));
  EXPECT_THAT(words.complete("zoneadm -"), Not(Contains("--json")));
  EXPECT_THAT(words.complete("explain --rules -"), Contains("--json"));
  EXPECT_THAT(words.complete("explain -"), ElementsAre("--rules"));
  EXPECT_THAT(words.complete("psrinfo -"), Contains("--json"));
  EXPECT_THAT(words.complete("uname -"), Not(Contains("--json")));
  EXPECT_THAT(words.complete("zoneadm list --json -"), Not(Contains("--json")));  // given once
  EXPECT_THAT(words.complete("zlogin kzone1 zpool status "), ElementsAre("--json"));
  EXPECT_THAT(words.complete("zlogin kzone1 uptime "), IsEmpty());
}

// The shortest line a json: form describes: without its [ ] parts, the first of each { | }.
std::string shortest_line(const std::string& form) {
  std::string line;
  int depth = 0;
  for (char c : form) {
    if (c == '[') ++depth;
    else if (c == ']') --depth;
    else if (depth == 0) line += c;
  }
  line = std::regex_replace(line, std::regex("\\{\\s*([^|}\\s]+)[^}]*\\}"), "$1");
  line = std::regex_replace(line, std::regex(" --json"), "");
  return std::regex_replace(line, std::regex(" +"), " ");
}

TEST(ShellVocabulary, EveryJsonFormOfTheCommandsIsOffered) {
  VocabularyWorld words;
  std::size_t forms = 0;
  for (const CommandManual& manual : CommandManuals::builtin().all())
    for (const std::string& form : manual.json) {
      const std::string line = shortest_line(form);
      EXPECT_THAT(words.complete(line + " -"), Contains("--json")) << form << " as: " << line;
      ++forms;
    }
  EXPECT_GT(forms, 10u);
}

TEST(ShellVocabulary, ZonecfgSubcommandsResourcesAndProperties) {
  VocabularyWorld words;
  const std::string_view global = "zonecfg:kzone1> ";
  EXPECT_THAT(words.complete("sel", global), ElementsAre("select"));
  EXPECT_THAT(words.complete("add ", global), Contains("suspend"));
  EXPECT_THAT(words.complete("add ", global), Not(Contains("fs")));  // the solaris-kz brand has none
  EXPECT_THAT(words.complete("select capped", global), ElementsAre("capped-memory"));
  EXPECT_THAT(words.complete("set host-", global), ElementsAre("host-compatible="));
  EXPECT_THAT(words.complete("set capped-memory:ph", global), ElementsAre("capped-memory:physical="));
  EXPECT_THAT(words.complete("clear capped-memory:pagesize", global),
              ElementsAre("capped-memory:pagesize", "capped-memory:pagesize-policy"));
  EXPECT_THAT(words.complete("create -t SYSsolaris-kz", global), Contains("SYSsolaris-kz"));
  EXPECT_THAT(words.complete("commit -", global), ElementsAre("-n"));
}

TEST(ShellVocabulary, ZonecfgSubcommandsInsideAQuotedArgument) {
  VocabularyWorld words;
  EXPECT_THAT(words.complete("zonecfg -z kzone1 \"set cap"), Contains("capped-memory:physical="));
  EXPECT_THAT(words.complete("zonecfg -z kzone1 'create -t SYSsolaris-kz; sel"), ElementsAre("select"));
  EXPECT_THAT(words.complete("zonecfg -z newzone 'add sus"), ElementsAre("suspend"));  // not yet configured
  EXPECT_THAT(words.complete("echo 'set cap"), IsEmpty());
}

struct Expected {
  std::string_view line;
  std::vector<std::string> candidates;
};

void expect_completions(const VocabularyWorld& words, std::initializer_list<Expected> cases) {
  for (const Expected& expected : cases)
    EXPECT_THAT(words.complete(expected.line), ElementsAreArray(expected.candidates)) << expected.line;
}

// An option given once is not offered again, unless commands.yaml's synopsis lets it repeat
// ("[-d option]...", "[-l link...]"); a cluster (-cv) gives each of its letters.
TEST(ShellVocabulary, GivenOptionsAreOfferedAgainOnlyWhereTheyRepeat) {
  expect_completions(VocabularyWorld(), {
      {"explain --rules -", {"--json"}},
      {"zoneadm list -c -", {"--json", "-i", "-p", "-s", "-v"}},
      {"zoneadm list -cv -", {"--json", "-i", "-p", "-s"}},
      {"zoneadm -z kzone1 -", {}},
      {"virtinfo list -o name -", {"--json", "-H"}},  // -o field[,...]: one value listing several
      {"coreadm -d global -g core -", {"-G", "-I", "-d", "-e", "-i", "-k"}},
      {"dladm create-aggr -l net0 -m dlmp -", {"-l"}},
  });
  const std::string_view prompt = "zonecfg:kzone1> ";
  EXPECT_THAT(VocabularyWorld().complete("create -b -", prompt), ElementsAre("-F", "-a", "-t"));
}

// The quoted line's add/select open a resource's scope and end/cancel close it, as zonecfg's
// prompt shows them in interactive mode.
TEST(ShellVocabulary, ZonecfgScopeReachedInsideAQuotedArgument) {
  expect_completions(VocabularyWorld(), {
      {"zonecfg -z kzone1 \"add net; set phys", {"physical="}},
      {"zonecfg -z kzone1 'select anet id=0; set lower", {"lower-link="}},
      {"zonecfg -z kzone1 'add anet; set lower-link=net0; add mac", {"mac", "mac-address", "mac-prefix", "mac-slot"}},
      {"zonecfg -z kzone1 'add anet; add mac; set mac-a", {"mac-address="}},
      {"zonecfg -z kzone1 'add anet; add mac; end; set lower", {"lower-link="}},
      {"zonecfg -z kzone1 'add net; end; set host-", {"host-compatible="}},
      {"zonecfg -z kzone1 'select capped-memory; cancel; sel", {"select"}},
      {"zonecfg -z kzone1 'add capped-memory; set ph", {"physical="}},
      {"zonecfg -z kzone1 'end; set host-", {"host-compatible="}},  // end is refused in the global scope
      {"zonecfg -z kzone1 'add nosuch; set host-", {"host-compatible="}},
      {"pfexec zonecfg -z kzone1 'add suspend; set ", {"path=", "storage="}},
  });
}

// ssh HOST runs the command there: its zones; a quote where the command goes (ssh HOST "...",
// pfbash -c "...") is a command line.
TEST(ShellVocabulary, CommandLinesRunElsewhereOrQuoted) {
  VocabularyWorld words;
  words.run("ssh global2 zonecfg -z kz9 \"create -t SYSsolaris-kz\"");
  expect_completions(words, {
      {"ssh global2 zoneadm -z ", {"kz9"}},
      {"ssh root@global2 zoneadm -z k", {"kz9"}},
      {"ssh global2 \"zoneadm -z kz", {"kz9"}},
      {"ssh global2 \"zonecfg -z kz9 'add anet; set lower", {"lower-link="}},
      {"pfbash -c \"zoneadm -z kzone1 li", {"list"}},
      {"pfbash -c 'zonecfg -z kzone1 \"select capped-memory; set ph", {"physical="}},
  });
}

TEST(ShellVocabulary, ZonecfgNestedResourceScope) {
  VocabularyWorld words;
  EXPECT_THAT(words.complete("set mac-", "zonecfg:kzone1:anet:mac> "), ElementsAre("mac-address=", "mac-prefix=",
                                                                                   "mac-slot="));
  EXPECT_THAT(words.complete("add ", "zonecfg:kzone1:anet> "), AllOf(Contains("vlan"), Contains("allowed-address")));
}

TEST(ShellVocabulary, ZonecfgResourceScope) {
  VocabularyWorld words;
  const std::string_view scope = "zonecfg:kzone1:capped-memory> ";
  EXPECT_THAT(words.complete("set ph", scope), ElementsAre("physical="));
  EXPECT_THAT(words.complete("set pagesize", scope), ElementsAre("pagesize-policy=", "pagesize="));
  EXPECT_THAT(words.complete("en", scope), ElementsAre("end"));
}

}  // namespace
}  // namespace kzsim::zones
