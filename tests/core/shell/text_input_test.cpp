#include "core/shell/text_input.hpp"

#include <gtest/gtest.h>

#include "core/shell/streams.hpp"

namespace kzsim::shell {

TEST(TextInput, TerminalEchoesThePromptAndTheTypedLine) {
  RecordingStreams screen;
  TextInput input("select virtual-cpu\nend", true, &screen);
  EXPECT_EQ(input.read_line("zonecfg:kz1> "), "select virtual-cpu");
  EXPECT_EQ(input.read_line("zonecfg:kz1:virtual-cpu> "), "end");
  EXPECT_EQ(screen.out(), "zonecfg:kz1> select virtual-cpu\nzonecfg:kz1:virtual-cpu> end\n");
  EXPECT_TRUE(input.is_terminal());
}

TEST(TextInput, TerminalHidesASecret) {
  RecordingStreams screen;
  TextInput input("s3cret\nend\n", true, &screen);
  EXPECT_EQ(input.read_secret("Password:"), "s3cret");
  EXPECT_EQ(input.read_line("> "), "end");
  EXPECT_EQ(screen.out(), "Password:\n> end\n");
}

TEST(TextInput, EndOfInputShowsNothing) {
  RecordingStreams screen;
  TextInput input("exit\n", true, &screen);
  EXPECT_EQ(input.read_line("> "), "exit");
  EXPECT_EQ(input.read_line("> "), std::nullopt);
  EXPECT_EQ(screen.out(), "> exit\n");
}

TEST(TextInput, KeepsEmptyLines) {
  TextInput input("a\n\nb\n", false);
  EXPECT_EQ(input.read_line(""), "a");
  EXPECT_EQ(input.read_line(""), "");
  EXPECT_EQ(input.read_line(""), "b");
  EXPECT_EQ(input.read_line(""), std::nullopt);
}

TEST(TextInput, PipeShowsNothing) {
  RecordingStreams screen;
  TextInput input("create\n", false, &screen);
  EXPECT_EQ(input.read_line("> "), "create");
  EXPECT_FALSE(input.is_terminal());
  EXPECT_EQ(screen.interleaved(), "");
}

TEST(TextInput, ReadAllReturnsTheRest) {
  TextInput input("one\ntwo\nthree\n", false);
  EXPECT_EQ(input.read_line(""), "one");
  EXPECT_EQ(input.read_all(), "two\nthree\n");
  EXPECT_EQ(input.read_all(), "");
  EXPECT_EQ(input.read_line(""), std::nullopt);
}

}  // namespace kzsim::shell
