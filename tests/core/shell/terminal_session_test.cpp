#include "core/shell/terminal_session.hpp"

#include <gtest/gtest.h>

namespace kzsim::shell {
namespace {

TEST(TerminalSession, HistoryGoesWhereKzsimHistorySays) {
  TerminalEnvironment environment;
  environment.home = "/home/ann";
  environment.kzsim_history = "/tmp/h";
  EXPECT_EQ(history_file(environment), std::filesystem::path("/tmp/h"));
}

TEST(TerminalSession, HistoryIsOffWhenKzsimHistoryIsEmptyOrOff) {
  TerminalEnvironment environment;
  environment.home = "/home/ann";
  environment.kzsim_history = "off";
  EXPECT_EQ(history_file(environment), std::nullopt);
  environment.kzsim_history = "";
  EXPECT_EQ(history_file(environment), std::nullopt);
}

TEST(TerminalSession, HistoryFollowsTheXdgStateDirectoryThenHome) {
  TerminalEnvironment environment;
  environment.home = "/home/ann";
  EXPECT_EQ(history_file(environment), std::filesystem::path("/home/ann/.local/state/kzsim/history"));
  environment.xdg_state_home = "/state";
  EXPECT_EQ(history_file(environment), std::filesystem::path("/state/kzsim/history"));
  EXPECT_EQ(history_file(TerminalEnvironment{}), std::nullopt);
}

TEST(TerminalSession, ColourOnlyOnATerminalThatTakesIt) {
  TerminalEnvironment environment;
  environment.term = "xterm-256color";
  EXPECT_FALSE(colour_errors(environment));
  environment.stderr_is_terminal = true;
  EXPECT_TRUE(colour_errors(environment));
  environment.no_color = "";
  EXPECT_FALSE(colour_errors(environment));
  environment.no_color.reset();
  environment.term = "dumb";
  EXPECT_FALSE(colour_errors(environment));
}

}  // namespace
}  // namespace kzsim::shell
