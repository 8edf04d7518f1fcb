#include "core/shell/line_watched_input.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/shell/streams.hpp"
#include "core/shell/text_input.hpp"

namespace kzsim::shell {

TEST(LineWatchedInput, NamesEachLineBeforeItIsReadAndShownOnTheScreen) {
  RecordingStreams screen;
  TextInput typed("add anet\ncommit\n", true, &screen);
  std::vector<std::string> seen;
  LineWatchedInput input(typed, [&](int line) { seen.push_back(std::to_string(line) + ":" + screen.out()); });
  EXPECT_EQ(input.read_line("> "), "add anet");
  EXPECT_EQ(input.read_secret("Password:"), "commit");
  EXPECT_EQ(input.read_line("> "), std::nullopt);
  EXPECT_EQ(seen, (std::vector<std::string>{"1:", "2:> add anet\n", "3:> add anet\nPassword:\n"}));
  EXPECT_TRUE(input.is_terminal());
}

TEST(LineWatchedInput, ReadingEverythingNamesEveryLine) {
  TextInput typed("a\nb\n", false);
  std::vector<int> seen;
  LineWatchedInput input(typed, [&](int line) { seen.push_back(line); });
  EXPECT_EQ(input.read_all(), "a\nb\n");
  EXPECT_EQ(seen, std::vector<int>{LineWatchedInput::kEveryLine});
  EXPECT_FALSE(input.is_terminal());
}

}  // namespace kzsim::shell
