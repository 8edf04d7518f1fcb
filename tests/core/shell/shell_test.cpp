#include "core/shell/shell.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tests/core/shell/shell_fixture.hpp"

namespace kzsim::shell::testing {

TEST_F(ShellTest, RunsEnvironmentCommandsWithTheWordsAsTyped) {
  EXPECT_EQ(run("args -z kz1 'select virtual-cpu;set ncpus=8;end'"), 0);
  EXPECT_EQ(streams.out(), "args\n-z\nkz1\nselect virtual-cpu;set ncpus=8;end\n");
  ASSERT_EQ(env.calls().size(), 1u);
  EXPECT_EQ(env.calls()[0].caller.host, "global1");
  EXPECT_EQ(env.calls()[0].caller.user, "root");
  EXPECT_FALSE(env.calls()[0].caller.with_profiles);
}

TEST_F(ShellTest, UnknownCommandIsNotFoundWithStatus127) {
  EXPECT_EQ(run("zonestat -z kz1"), 127);
  EXPECT_EQ(streams.err(), "zonestat: command not found\n");
  EXPECT_EQ(shell.last_status(), 127);
}

TEST_F(ShellTest, ACommandNamedByItsSolarisPathRunsAsThatCommand) {
  EXPECT_EQ(run("/usr/bin/echo a; /bin/args -z kz1; /usr/sbin/args b"), 0);
  EXPECT_EQ(streams.out(), "a\nargs\n-z\nkz1\nargs\nb\n");
  EXPECT_EQ(run("/usr/bin/zonestat; /opt/bin/echo; /usr/bin/x/echo"), 127);
  EXPECT_EQ(streams.err(),
            "/usr/bin/zonestat: command not found\n/opt/bin/echo: command not found\n/usr/bin/x/echo: command not found\n");
}

TEST_F(ShellTest, CommandRefusingItsInputWithAnExceptionFailsWithStatus2) {
  env.add_command("strict", [](Invocation&) -> int { throw InputError("expected a size"); });
  EXPECT_EQ(run("strict; echo after $?"), 0);
  EXPECT_EQ(streams.interleaved(), "strict: expected a size\nafter 2\n");
}

TEST_F(ShellTest, SemicolonRunsEveryCommandAndTheLastStatusIsTheLines) {
  EXPECT_EQ(run("exit3; echo a; false"), 1);
  EXPECT_EQ(streams.out(), "a\n");
  EXPECT_EQ(run("false; true"), 0);
}

TEST_F(ShellTest, LastStatusExpandsToThePreviousPipelinesStatus) {
  run("exit3");
  EXPECT_EQ(shell.last_status(), 3);
  run("echo $?; nosuch; echo \"status $?\"; echo '$?'");
  EXPECT_EQ(streams.out(), "3\nstatus 127\n$?\n");
}

TEST_F(ShellTest, AndOrRunByTheStatusSoFar) {
  EXPECT_EQ(run("false && echo no; echo $?"), 0);
  EXPECT_EQ(run("true && echo yes || echo no"), 0);
  EXPECT_EQ(run("exit3 || echo recovered"), 0);
  EXPECT_EQ(run("exit3 && echo no"), 3);
  EXPECT_EQ(streams.out(), "1\nyes\nrecovered\n");
}

TEST_F(ShellTest, SyntaxErrorPrintsTheColumnAndReturns2) {
  EXPECT_EQ(run("echo 'abc"), 2);
  EXPECT_EQ(streams.err(), "sh: syntax error: unterminated single quote at column 6\n");
  EXPECT_EQ(streams.out(), "");
  EXPECT_EQ(shell.last_status(), 2);
}

TEST_F(ShellTest, BlankLineKeepsTheLastStatus) {
  run("exit3");
  EXPECT_EQ(run("  # nothing"), 0);
  EXPECT_EQ(shell.last_status(), 3);
}

TEST_F(ShellTest, PipePassesStdoutAsNonTerminalInput) {
  EXPECT_EQ(run("echo 'a b'; args x | readlines"), 0);
  EXPECT_EQ(streams.out(), "a b\n[args]\n[x]\n");  // no prompts echoed from a pipe
}

TEST_F(ShellTest, PipelineStatusIsTheLastCommands) {
  EXPECT_EQ(run("exit3 | true"), 0);
  EXPECT_EQ(run("true | exit3"), 3);
}

TEST_F(ShellTest, StderrOfEveryPipedCommandReachesTheStreams) {
  run("warn | cat");
  EXPECT_EQ(streams.interleaved(), "warning\ndata\n");
}

TEST_F(ShellTest, TerminalInputGoesToTheFirstCommandThatReadsIt) {
  run("echo start; readlines; readlines", "one\ntwo\n");
  EXPECT_EQ(streams.out(), "start\n> one\n[one]\n> two\n[two]\n");
}

TEST_F(ShellTest, RedirectionWritesIntoTheHomeDirectory) {
  EXPECT_EQ(run("echo one > out.txt; echo two >> out.txt; echo x >/tmp/abs"), 0);
  EXPECT_EQ(streams.out(), "");
  EXPECT_EQ(file("global1", "/root/out.txt"), "one\ntwo\n");
  EXPECT_EQ(file("global1", "/tmp/abs"), "x\n");
  run("echo mine > notes", "", "admin");
  EXPECT_EQ(file("global1", "/export/home/admin/notes"), "mine\n");
}

TEST_F(ShellTest, TruncatingRedirectionReplacesTheFile) {
  run("echo old > f; echo new > f");
  EXPECT_EQ(file("global1", "/root/f"), "new\n");
}

TEST_F(ShellTest, EveryTargetIsCreatedAndTheLastGetsTheOutput) {
  run("echo a > first > second");
  EXPECT_EQ(file("global1", "/root/first"), "");
  EXPECT_EQ(file("global1", "/root/second"), "a\n");
}

TEST_F(ShellTest, RedirectionKeepsStderrOnTheStreams) {
  run("warn > log");
  EXPECT_EQ(file("global1", "/root/log"), "data\n");
  EXPECT_EQ(streams.interleaved(), "warning\n");
}

TEST_F(ShellTest, RedirectedCommandInAPipeSendsNothingDownThePipe) {
  run("echo a > f | readlines; echo $?");
  EXPECT_EQ(streams.out(), "0\n");
  EXPECT_EQ(file("global1", "/root/f"), "a\n");
}

TEST_F(ShellTest, RedirectionTargetExpandsLastStatus) {
  run("exit3; echo x > status-$?");
  EXPECT_EQ(file("global1", "/root/status-3"), "x\n");
}

TEST_F(ShellTest, RedirectionOnAHostWithoutFilesIsRefused) {
  TextInput input("", false);
  EXPECT_EQ(shell.run(Caller{.host = "ghost"}, "echo a > f", input, streams), 1);
  EXPECT_EQ(streams.err(), "sh: f: cannot create: host ghost has no file system\n");
}

TEST_F(ShellTest, RedirectionAloneCreatesAnEmptyFile) {
  EXPECT_EQ(run("> empty"), 0);
  EXPECT_EQ(file("global1", "/root/empty"), "");
}

}  // namespace kzsim::shell::testing
