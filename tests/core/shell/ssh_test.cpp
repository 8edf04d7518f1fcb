#include "core/shell/ssh.hpp"

#include <gtest/gtest.h>

#include "tests/core/shell/shell_fixture.hpp"

namespace kzsim::shell::testing {

class SshTest : public ShellTest {
 protected:
  SshTest() {
    env.trust("global1", "global2");
    env.add_user("global2", "admin");
  }
};

TEST_F(SshTest, RunsTheCommandOnTheOtherHostAsTheSameUser) {
  EXPECT_EQ(run("ssh global2 whoami", "", "admin"), 0);
  EXPECT_EQ(streams.out(), "admin@global2\n");
}

TEST_F(SshTest, UserFromTheAddressOrDashL) {
  run("ssh root@global2 whoami; ssh -l admin global2 whoami");
  EXPECT_EQ(streams.out(), "root@global2\nadmin@global2\n");
}

TEST_F(SshTest, RemoteSessionHasNoProfilesUnlessItAsks) {
  run("pfexec ssh global2 whoami; ssh global2 pfexec whoami");
  EXPECT_EQ(streams.out(), "root@global2\nroot@global2 with profiles\n");
}

TEST_F(SshTest, TheRemainingWordsAreParsedAgainOnTheOtherHost) {
  run("ssh global2 args 'a;' echo b");
  EXPECT_EQ(streams.out(), "args\na\nb\n");
  ASSERT_EQ(env.calls().size(), 1u);
  EXPECT_EQ(env.calls()[0].caller.host, "global2");
}

TEST_F(SshTest, StatusIsTheRemoteLinesAndLocalExpansionHappensFirst) {
  EXPECT_EQ(run("exit3; ssh global2 echo '$?' $?; ssh global2 exit3"), 3);
  EXPECT_EQ(streams.out(), "0 3\n");
}

TEST_F(SshTest, PipedInputReachesTheRemoteCommand) {
  EXPECT_EQ(run("echo create | ssh root@global2 readlines"), 0);
  EXPECT_EQ(streams.out(), "[create]\n");
}

TEST_F(SshTest, RedirectionOnTheRemoteHostWritesThere) {
  run("ssh global2 echo x '>' remote.txt");
  EXPECT_EQ(file("global2", "/root/remote.txt"), "x\n");
  EXPECT_FALSE(env.files("global1")->exists("/root/remote.txt"));
}

TEST_F(SshTest, UnknownHost) {
  EXPECT_EQ(run("ssh global9 uptime"), 255);
  EXPECT_EQ(streams.err(), "ssh: Could not resolve hostname global9: Name or service not known\n");
}

TEST_F(SshTest, UntrustedPairIsDenied) {
  TextInput input("", false);
  EXPECT_EQ(shell.run(Caller{.host = "global2"}, "ssh global1 uptime", input, streams), 255);
  EXPECT_EQ(streams.err(), "root@global1: Permission denied (publickey).\n");
}

TEST_F(SshTest, UnknownUserIsDenied) {
  EXPECT_EQ(run("ssh nobody@global2 uptime"), 255);
  EXPECT_EQ(streams.err(), "nobody@global2: Permission denied (publickey).\n");
}

TEST_F(SshTest, WithoutACommandOpensASessionOnTheHostUntilExit) {
  EXPECT_EQ(run("ssh admin@global2; echo $?; whoami", "whoami\nexit3\nexit\n"), 0);
  EXPECT_EQ(streams.out(), "global2$ whoami\nadmin@global2\nglobal2$ exit3\nglobal2$ exit\n3\nroot@global1\n");
  EXPECT_EQ(streams.err(), "Connection to global2 closed.\n");
}

TEST_F(SshTest, ASessionEndsAtTheEndOfItsInput) {
  EXPECT_EQ(run("ssh global2", "whoami\n"), 0);
  EXPECT_EQ(streams.out(), "global2$ whoami\nroot@global2\n");
  EXPECT_EQ(streams.err(), "Connection to global2 closed.\n");
}

TEST_F(SshTest, UsageErrors) {
  EXPECT_EQ(run("ssh"), 255);
  EXPECT_EQ(run("ssh -l"), 255);
  EXPECT_EQ(run("ssh -t global2 uptime"), 255);
  EXPECT_EQ(streams.err(),
            "usage: ssh [-l user] [user@]host [command ...]\n"
            "ssh: option requires an argument -- l\n"
            "usage: ssh [-l user] [user@]host [command ...]\n"
            "ssh: -t: option not supported\n"
            "usage: ssh [-l user] [user@]host [command ...]\n");
}

}  // namespace kzsim::shell::testing
