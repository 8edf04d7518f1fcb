#include "core/shell/parse.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace kzsim::shell {

namespace {

using Words = std::vector<std::string>;

// The words of a line holding one simple command, with $? standing for 7.
Words words_of(std::string_view line) {
  CommandList list = parse_line(line);
  EXPECT_EQ(list.items.size(), 1u) << line;
  EXPECT_EQ(list.items.at(0).pipeline.commands.size(), 1u) << line;
  Words words;
  for (const Word& word : list.items.at(0).pipeline.commands.at(0).words)
    words.push_back(word.expand(7));
  return words;
}

// "what|column" of the syntax error of `line`.
std::string error_of(std::string_view line) {
  try {
    parse_line(line);
  } catch (const InputError& e) {
    return e.message() + "|" + std::to_string(e.where().column);
  }
  return "no error";
}

}  // namespace

TEST(ParseLine, SplitsWordsOnBlanks) {
  EXPECT_EQ(words_of("  zoneadm   -z\tkz1 boot "), (Words{"zoneadm", "-z", "kz1", "boot"}));
}

TEST(ParseLine, SingleQuotesKeepEverythingLiterally) {
  EXPECT_EQ(words_of("zonecfg -z kz1 'select virtual-cpu;set ncpus=8;end'"),
            (Words{"zonecfg", "-z", "kz1", "select virtual-cpu;set ncpus=8;end"}));
  EXPECT_EQ(words_of(R"(echo 'a "b" \n $? | > #')"), (Words{"echo", R"(a "b" \n $? | > #)"}));
}

TEST(ParseLine, DoubleQuotesEscapeOnlyQuoteBackslashDollarAndBacktick) {
  EXPECT_EQ(words_of(R"(echo "a \"b\" \\ \$ \` \n")"), (Words{"echo", R"(a "b" \ $ ` \n)"}));
  EXPECT_EQ(words_of(R"(echo "x;y|z > #")"), (Words{"echo", "x;y|z > #"}));
}

TEST(ParseLine, BackslashOutsideQuotesEscapesAnyCharacter) {
  EXPECT_EQ(words_of(R"(echo a\ b \; \| \> \' \" \\)"),
            (Words{"echo", "a b", ";", "|", ">", "'", "\"", "\\"}));
}

TEST(ParseLine, QuotedPartsJoinIntoOneWord) {
  EXPECT_EQ(words_of(R"(set physical='2048'm"x"y)"), (Words{"set", "physical=2048mxy"}));
}

TEST(ParseLine, EmptyQuotesAreAnEmptyWord) {
  EXPECT_EQ(words_of(R"(echo '' "")"), (Words{"echo", "", ""}));
}

TEST(ParseLine, ExpandsLastStatusOutsideAndInsideDoubleQuotes) {
  EXPECT_EQ(words_of(R"(echo $? "status=$?" x$?y '$?')"),
            (Words{"echo", "7", "status=7", "x7y", "$?"}));
}

TEST(ParseLine, LoneDollarIsLiteral) {
  EXPECT_EQ(words_of("echo $ a$ \"$\""), (Words{"echo", "$", "a$", "$"}));
}

TEST(ParseLine, CommentsStartAtAnUnquotedHashAtAWordStart) {
  EXPECT_EQ(words_of("echo a#b '#c' # the rest; is | ignored"), (Words{"echo", "a#b", "#c"}));
  EXPECT_TRUE(parse_line("# only a comment").items.empty());
  EXPECT_TRUE(parse_line("   ").items.empty());
}

TEST(ParseLine, ListsAndPipelines) {
  CommandList list = parse_line("a | b x | c; d && e || f\ng");
  ASSERT_EQ(list.items.size(), 5u);
  EXPECT_EQ(list.items[0].pipeline.commands.size(), 3u);
  EXPECT_EQ(list.items[0].pipeline.commands[1].words.size(), 2u);
  EXPECT_EQ(list.items[0].condition, Condition::Always);
  EXPECT_EQ(list.items[1].condition, Condition::Always);
  EXPECT_EQ(list.items[2].condition, Condition::IfSucceeded);
  EXPECT_EQ(list.items[3].condition, Condition::IfFailed);
  EXPECT_EQ(list.items[4].condition, Condition::Always);
  EXPECT_EQ(parse_line("a;").items.size(), 1u);
}

TEST(ParseLine, Redirections) {
  CommandList list = parse_line("zonecfg -z kz1 export >kz1.cfg >> 'log file'");
  const SimpleCommand& command = list.items.at(0).pipeline.commands.at(0);
  EXPECT_EQ(command.words.size(), 4u);
  ASSERT_EQ(command.redirections.size(), 2u);
  EXPECT_FALSE(command.redirections[0].append);
  EXPECT_EQ(command.redirections[0].target.expand(0), "kz1.cfg");
  EXPECT_TRUE(command.redirections[1].append);
  EXPECT_EQ(command.redirections[1].target.expand(0), "log file");
  EXPECT_EQ(words_of("echo a2>b"), (Words{"echo", "a2"}));
}

TEST(ParseLine, UnterminatedQuotesNameTheirColumn) {
  EXPECT_EQ(error_of("echo 'abc"), "unterminated single quote|6");
  EXPECT_EQ(error_of("echo x \"abc 'd'"), "unterminated double quote|8");
  EXPECT_EQ(error_of("echo \"a\\\""), "unterminated double quote|6");
  EXPECT_EQ(error_of("echo a\\"), "backslash at end of line|7");
}

TEST(ParseLine, MissingCommandsAndFileNames) {
  EXPECT_EQ(error_of("| b"), "expected a command before '|'|1");
  EXPECT_EQ(error_of("a |"), "expected a command after '|'|3");
  EXPECT_EQ(error_of("a | | b"), "expected a command after '|'|3");
  EXPECT_EQ(error_of("a;; b"), "expected a command before ';'|3");
  EXPECT_EQ(error_of("; a"), "expected a command before ';'|1");
  EXPECT_EQ(error_of("a &&"), "expected a command after '&&'|3");
  EXPECT_EQ(error_of("a || ;"), "expected a command after '||'|3");
  EXPECT_EQ(error_of("echo >"), "expected a file name after '>'|6");
  EXPECT_EQ(error_of("echo >> | b"), "expected a file name after '>>'|6");
}

TEST(ParseLine, RefusesShellSyntaxKzsimDoesNotSimulate) {
  EXPECT_EQ(error_of("ls 2> err"),
            "redirection of file descriptor 2 (2>) is not supported; only > and >> of standard "
            "output are|4");
  EXPECT_EQ(error_of("ls >&2"), "duplicating a file descriptor (>&) is not supported|4");
  EXPECT_EQ(error_of("cat < f"), "input redirection (<) is not supported|5");
  EXPECT_EQ(error_of("sleep 1 &"), "background jobs (&) are not supported|9");
  EXPECT_EQ(error_of("(ls)"), "subshells with ( and ) are not supported|1");
  EXPECT_EQ(error_of("echo `ls`"), "command substitution (`) is not supported|6");
  EXPECT_EQ(error_of("echo \"$(ls)\""), "command substitution ($() is not supported|7");
  EXPECT_EQ(error_of("echo $HOME"), "expansion of $HOME is not supported; only $? is expanded|6");
}

}  // namespace kzsim::shell
