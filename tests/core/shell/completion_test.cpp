#include "core/shell/completion.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace kzsim::shell {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Commands zoneadm and zonecfg; after a command, its options and the words it was given.
class FakeVocabulary : public Vocabulary {
 public:
  std::vector<std::string> next_words(const std::vector<std::string>& before) const override {
    seen = before;
    if (before.empty()) return {"zonecfg", "zoneadm", "zoneadm", "zlogin"};
    return {"-z", "-c", "list", "boot"};
  }
  mutable std::vector<std::string> seen;
};

TEST(Completion, CompletesTheCommandName) {
  FakeVocabulary vocabulary;
  const Completion completion = complete("zone", vocabulary);
  EXPECT_EQ(completion.start, 0u);
  EXPECT_THAT(completion.candidates, ElementsAre("zoneadm", "zonecfg"));  // sorted, unique
}

TEST(Completion, CompletesAfterTheWordsSoFar) {
  FakeVocabulary vocabulary;
  const Completion completion = complete("zoneadm -z kz1 b", vocabulary);
  EXPECT_EQ(completion.start, 15u);
  EXPECT_THAT(completion.candidates, ElementsAre("boot"));
  EXPECT_THAT(vocabulary.seen, ElementsAre("zoneadm", "-z", "kz1"));
}

TEST(Completion, AfterASpaceEveryNextWordFits) {
  FakeVocabulary vocabulary;
  const Completion completion = complete("zoneadm ", vocabulary);
  EXPECT_EQ(completion.start, 8u);
  EXPECT_THAT(completion.candidates, ElementsAre("-c", "-z", "boot", "list"));
}

TEST(Completion, OnlyTheLastCommandOfAListOrPipelineCounts) {
  FakeVocabulary vocabulary;
  EXPECT_THAT(complete("zoneadm list; zon", vocabulary).candidates, ElementsAre("zoneadm", "zonecfg"));
  EXPECT_THAT(complete("echo x | zl", vocabulary).candidates, ElementsAre("zlogin"));
  EXPECT_THAT(complete("true && zonecfg -", vocabulary).candidates, ElementsAre("-c", "-z"));
}

TEST(Completion, RightsAndRemotePrefixesAreSetAside) {
  FakeVocabulary vocabulary;
  EXPECT_THAT(complete("pfbash zonea", vocabulary).candidates, ElementsAre("zoneadm"));
  EXPECT_THAT(complete("ssh global2 pfexec zonea", vocabulary).candidates, ElementsAre("zoneadm"));
  complete("ssh ", vocabulary);
  EXPECT_THAT(vocabulary.seen, ElementsAre("ssh"));  // the host name is the next word
}

TEST(Completion, QuotedWordsAreOneWord) {
  FakeVocabulary vocabulary;
  complete("zonecfg -z 'kz 1' ", vocabulary);
  EXPECT_THAT(vocabulary.seen, ElementsAre("zonecfg", "-z", "kz 1"));
}

TEST(Completion, NothingInsideAnOpenQuoteOfPlainText) {
  FakeVocabulary vocabulary;
  const Completion completion = complete("zonecfg -z kz1 'set cap", vocabulary);
  EXPECT_THAT(completion.candidates, IsEmpty());
  EXPECT_EQ(completion.start, 23u);
}

// A vocabulary whose quoted words after `zonecfg` are zonecfg command lines.
class QuotingVocabulary : public FakeVocabulary {
 public:
  class Subcommands : public Vocabulary {
   public:
    std::vector<std::string> next_words(const std::vector<std::string>& before) const override {
      if (before.empty()) return {"set", "select"};
      return {"capped-memory:physical=", "cpu-arch="};
    }
  };
  std::unique_ptr<Vocabulary> quoted(const std::vector<std::string>& before) const override {
    seen = before;
    return before.front() == "zonecfg" ? std::make_unique<Subcommands>() : nullptr;
  }
};

TEST(Completion, InsideAnOpenQuoteTheQuotedCommandLine) {
  QuotingVocabulary vocabulary;
  Completion completion = complete("zonecfg -z kz1 \"set cap", vocabulary);
  EXPECT_THAT(completion.candidates, ElementsAre("capped-memory:physical="));
  EXPECT_EQ(completion.start, 20u);
  EXPECT_THAT(vocabulary.seen, ElementsAre("zonecfg", "-z", "kz1"));
  completion = complete("pfexec zonecfg -z kz1 'create; se", vocabulary);
  EXPECT_THAT(completion.candidates, ElementsAre("select", "set"));
  EXPECT_EQ(completion.start, 31u);
  EXPECT_THAT(complete("zoneadm -z 'kz", vocabulary).candidates, IsEmpty());
}

// A vocabulary of scopes: `open NAME` makes the next commands' words NAME's, `close` the outer.
class ScopedVocabulary : public Vocabulary {
 public:
  explicit ScopedVocabulary(std::vector<std::string> scopes = {}) : scopes_(std::move(scopes)) {}
  std::vector<std::string> next_words(const std::vector<std::string>& before) const override {
    if (before.empty()) return {"open", "close", scopes_.empty() ? "global" : scopes_.back()};
    return {};
  }
  std::unique_ptr<Vocabulary> after(const std::vector<std::string>& command) const override {
    std::vector<std::string> scopes = scopes_;
    if (command.size() == 2 && command[0] == "open") scopes.push_back(command[1]);
    else if (command == std::vector<std::string>{"close"} && !scopes.empty()) scopes.pop_back();
    else return nullptr;
    return std::make_unique<ScopedVocabulary>(std::move(scopes));
  }

 private:
  std::vector<std::string> scopes_;
};

TEST(Completion, EarlierCommandsOfTheLineChooseTheVocabulary) {
  const ScopedVocabulary vocabulary;
  EXPECT_THAT(complete("open net; open mac; ", vocabulary).candidates, ElementsAre("close", "mac", "open"));
  EXPECT_THAT(complete("open net; open mac; close; ", vocabulary).candidates, ElementsAre("close", "net", "open"));
  EXPECT_THAT(complete("open net; close; nothing; ", vocabulary).candidates, ElementsAre("close", "global", "open"));
  EXPECT_THAT(complete("pfexec open net && ", vocabulary).candidates, ElementsAre("close", "net", "open"));
}

// Names each host's commands after it: "zoneadm@HOST".
class HostsVocabulary : public Vocabulary {
 public:
  explicit HostsVocabulary(std::string host = "here") : host_(std::move(host)) {}
  std::vector<std::string> next_words(const std::vector<std::string>& before) const override {
    if (before.empty()) return {"zoneadm@" + host_};
    return {"list"};
  }
  std::unique_ptr<Vocabulary> on_host(std::string_view destination) const override {
    return std::make_unique<HostsVocabulary>(std::string(destination));
  }

 private:
  std::string host_;
};

TEST(Completion, SshRunsTheCommandWithTheHostsVocabulary) {
  const HostsVocabulary vocabulary;
  EXPECT_THAT(complete("zo", vocabulary).candidates, ElementsAre("zoneadm@here"));
  EXPECT_THAT(complete("ssh jdoe@far zo", vocabulary).candidates, ElementsAre("zoneadm@jdoe@far"));
  EXPECT_THAT(complete("pfexec ssh far \"zo", vocabulary).candidates, ElementsAre("zoneadm@far"));
  const Completion quoted = complete("pfbash -c 'zoneadm@here l", vocabulary);
  EXPECT_THAT(quoted.candidates, ElementsAre("list"));
  EXPECT_EQ(quoted.start, 24u);
}

}  // namespace
}  // namespace kzsim::shell
