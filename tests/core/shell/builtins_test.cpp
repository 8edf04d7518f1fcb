#include "core/shell/builtins.hpp"

#include <gtest/gtest.h>

#include "tests/core/shell/shell_fixture.hpp"

namespace kzsim::shell::testing {

TEST_F(ShellTest, EchoJoinsItsWordsWithSpaces) {
  EXPECT_EQ(run("echo  a   'b  c' ; echo; echo -n no newline"), 0);
  EXPECT_EQ(streams.out(), "a b  c\n\nno newline");
}

TEST_F(ShellTest, TrueAndFalse) {
  EXPECT_EQ(run("true"), 0);
  EXPECT_EQ(run("false"), 1);
}

TEST_F(ShellTest, CatPrintsFilesRelativeToHome) {
  env.files("global1")->write("/root/kz1.cfg", "create -b\n");
  env.files("global1")->write("/etc/release", "Oracle Solaris 11.4\n");
  EXPECT_EQ(run("cat kz1.cfg /etc/release"), 0);
  EXPECT_EQ(streams.out(), "create -b\nOracle Solaris 11.4\n");
}

TEST_F(ShellTest, CatOfAMissingFileGoesOnAndFails) {
  env.files("global1")->write("/root/a", "A\n");
  EXPECT_EQ(run("cat nothere a"), 1);
  EXPECT_EQ(streams.interleaved(), "cat: nothere: No such file or directory\nA\n");
}

TEST_F(ShellTest, CatWithoutFilesCopiesStandardInput) {
  EXPECT_EQ(run("cat", "typed\ntext\n"), 0);
  EXPECT_EQ(streams.out(), "typed\ntext\n");
  EXPECT_EQ(run("echo piped | cat - "), 0);
  EXPECT_EQ(streams.out(), "typed\ntext\npiped\n");
}

TEST_F(ShellTest, GrepSelectsLinesOfItsInputOrFiles) {
  env.files("global1")->write("/root/ps", "root 1520 syslogd\nroot 5678 sendmail\n");
  EXPECT_EQ(run("cat ps | grep syslog"), 0);
  EXPECT_EQ(streams.out(), "root 1520 syslogd\n");
  EXPECT_EQ(run("grep -v '^root 15' ps; grep -c root ps; grep -i SENDMAIL ps"), 0);
  EXPECT_EQ(streams.out(), "root 1520 syslogd\nroot 5678 sendmail\n2\nroot 5678 sendmail\n");
  EXPECT_EQ(run("grep -q nothing ps"), 1);
  EXPECT_EQ(run("grep x missing"), 2);
  EXPECT_EQ(streams.err(), "grep: can't open missing\n");
  EXPECT_EQ(run("grep -z x ps"), 2);
}

TEST_F(ShellTest, CatRefusesOptions) {
  EXPECT_EQ(run("cat -n a"), 2);
  EXPECT_EQ(streams.err(), "cat: -n: options are not supported; expected cat [FILE...]\n");
}

TEST_F(ShellTest, PfexecAndPfbashRunWithProfiles) {
  EXPECT_EQ(run("pfexec whoami; pfbash whoami; whoami", "", "admin"), 0);
  EXPECT_EQ(streams.out(),
            "admin@global1 with profiles\nadmin@global1 with profiles\nadmin@global1\n");
}

TEST_F(ShellTest, PfexecPassesTheStatusAndNotFound) {
  EXPECT_EQ(run("pfexec exit3"), 3);
  EXPECT_EQ(run("pfexec zonestat"), 127);
  EXPECT_EQ(streams.err(), "zonestat: command not found\n");
}

TEST_F(ShellTest, PfexecWithoutACommandIsRefused) {
  EXPECT_EQ(run("pfexec"), 1);
  EXPECT_EQ(streams.err(), "pfexec: expected a command to run: pfexec CMD [ARG...]\n");
}

TEST_F(ShellTest, PfbashAloneDoesNothing) {
  EXPECT_EQ(run("exit3; pfbash"), 0);
  EXPECT_EQ(streams.interleaved(), "");
}

TEST_F(ShellTest, PfbashDashCRunsALineWithProfiles) {
  EXPECT_EQ(run("pfbash -c 'whoami; echo $?; exit3'", "", "admin"), 3);
  EXPECT_EQ(streams.out(), "admin@global1 with profiles\n0\n");
}

TEST_F(ShellTest, PfbashRefusesOtherOptions) {
  EXPECT_EQ(run("pfbash -z kzone1"), 2);
  EXPECT_EQ(streams.err(),
            "pfbash: -z: invalid option; expected pfbash [-c LINE | CMD [ARG...]]\n");
  EXPECT_EQ(run("pfbash -c"), 2);
}

TEST_F(ShellTest, BuiltinsReachTheEnvironmentThroughNoOtherName) {
  run("echo a; cat /none; true; pfexec true");
  EXPECT_TRUE(env.calls().empty());
}

}  // namespace kzsim::shell::testing
