#include "core/shell/streams.hpp"

#include <gtest/gtest.h>

namespace kzsim::shell {

TEST(RecordingStreams, KeepsEachStreamAndTheirInterleaving) {
  RecordingStreams streams;
  streams.out("a\n");
  streams.err("b\n");
  streams.out("c\n");
  EXPECT_EQ(streams.out(), "a\nc\n");
  EXPECT_EQ(streams.err(), "b\n");
  EXPECT_EQ(streams.interleaved(), "a\nb\nc\n");
}

TEST(CapturedOutput, KeepsStdoutAndPassesStderrOn) {
  RecordingStreams terminal;
  CapturedOutput captured(terminal);
  captured.out("data\n");
  captured.err("warning\n");
  EXPECT_EQ(captured.captured(), "data\n");
  EXPECT_EQ(terminal.out(), "");
  EXPECT_EQ(terminal.err(), "warning\n");
}

}  // namespace kzsim::shell
