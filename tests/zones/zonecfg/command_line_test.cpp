#include "zones/zonecfg/command_line.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones::zonecfg {
namespace {

TEST(SplitLine, SemicolonsSeparateSubcommands) {
  auto split = split_line("end ; exit");
  ASSERT_TRUE(split.error.empty());
  EXPECT_EQ(split.subcommands, (std::vector<Words>{{"end"}, {"exit"}}));
  EXPECT_EQ(split_line("select virtual-cpu;set ncpus=8;end").subcommands.size(), 3u);
}

TEST(SplitLine, QuotesKeepBlanksAndSemicolons) {
  auto split = split_line("set bootargs=\"kz=d -k; -v\";set raw='{base64}9/7h=='");
  ASSERT_TRUE(split.error.empty());
  EXPECT_EQ(split.subcommands, (std::vector<Words>{{"set", "bootargs=kz=d -k; -v"}, {"set", "raw={base64}9/7h=="}}));
}

TEST(SplitLine, CommentsAndBlankSubcommandsAreDropped) {
  EXPECT_TRUE(split_line("# a comment").subcommands.empty());
  EXPECT_EQ(split_line("info ;; # trailing").subcommands, (std::vector<Words>{{"info"}}));
}

TEST(SplitLine, UnterminatedQuoteIsRefused) {
  auto split = split_line("set bootargs=\"-v");
  EXPECT_NE(split.error.find("unterminated double quote"), std::string::npos);
}

TEST(QuoteValue, OnlyWhenNeeded) {
  EXPECT_EQ(quote_value("dev:/dev/dsk/c9t0d0"), "dev:/dev/dsk/c9t0d0");
  EXPECT_EQ(quote_value("kz=d -k -m verbose"), "\"kz=d -k -m verbose\"");
  EXPECT_EQ(quote_value("{base64}9/7hHuucihhP6YTwCcjaqg=="), "\"{base64}9/7hHuucihhP6YTwCcjaqg==\"");
  EXPECT_EQ(quote_value("say \"hi\""), "'say \"hi\"'");
  EXPECT_EQ(quote_value(""), "\"\"");
}

TEST(QuoteValue, QuotedValuesSplitBackToThemselves) {
  for (std::string value : {"kz=d -k -m verbose", "a;b", "say \"hi\"", "{x}"}) {
    auto split = split_line("set bootargs=" + quote_value(value));
    ASSERT_EQ(split.subcommands.size(), 1u) << value;
    EXPECT_EQ(split.subcommands[0][1], "bootargs=" + value);
  }
}

}  // namespace
}  // namespace kzsim::zones::zonecfg
