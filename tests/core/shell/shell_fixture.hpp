#pragma once
// Runs command lines through a Shell over a FakeEnvironment with hosts global1 and global2.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/shell/shell.hpp"
#include "core/shell/streams.hpp"
#include "core/shell/text_input.hpp"
#include "tests/core/shell/fake_environment.hpp"

namespace kzsim::shell::testing {

class ShellTest : public ::testing::Test {
 protected:
  ShellTest() {
    env.add_host("global1");
    env.add_host("global2");
    env.add_user("global1", "root");
    env.add_user("global2", "root");
    env.add_user("global1", "admin");
    // Prints its arguments after its name, one per line, and whether profiles apply.
    env.add_command("args", [](Invocation& call) {
      for (const auto& arg : call.args) call.out(arg + "\n");
      return 0;
    });
    env.add_command("whoami", [](Invocation& call) {
      call.out(call.caller.user + "@" + call.caller.host +
               (call.caller.with_profiles ? " with profiles\n" : "\n"));
      return 0;
    });
    env.add_command("exit3", [](Invocation&) { return 3; });
    // Reads lines until end of input and shows them in brackets.
    env.add_command("readlines", [](Invocation& call) {
      while (auto line = call.input.read_line("> ")) call.out("[" + *line + "]\n");
      return 0;
    });
    env.add_command("warn", [](Invocation& call) {
      call.err("warning\n");
      call.out("data\n");
      return 0;
    });
  }

  // Runs `line` as `user` on global1 with `stdin_text` typed at a terminal.
  int run(std::string_view line, std::string stdin_text = "", std::string user = "root") {
    TextInput input(std::move(stdin_text), true, &streams);
    return shell.run(Caller{.host = "global1", .user = std::move(user)}, line, input, streams);
  }

  std::string file(std::string_view host, std::string_view path) {
    return env.files(host)->read(path).value_or("<missing>");
  }

  FakeEnvironment env;
  Shell shell{env};
  RecordingStreams streams;
};

}  // namespace kzsim::shell::testing
