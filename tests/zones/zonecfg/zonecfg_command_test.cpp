// zonecfg as a command: its three ways in, its rights, and the files it reads and writes.
#include <gtest/gtest.h>

#include "core/shell/streams.hpp"
#include "core/shell/text_input.hpp"
#include "tests/zones/host_fixture.hpp"
#include "zones/commands.hpp"
#include "zones/world.hpp"
#include "zones/zonecfg/config_text.hpp"

namespace kzsim::zones {
namespace {

class ZonecfgCommand : public ::testing::Test {
 protected:
  int zonecfg(std::vector<std::string> args, std::string typed = "", bool terminal = false,
              shell::Caller caller = {"global"}) {
    streams = {};
    shell::TextInput input(std::move(typed), terminal, &streams);
    args.insert(args.begin(), "zonecfg");
    shell::Invocation call{caller, args, input, streams};
    CommandContext context{world, host, call};
    return find_command("zonecfg")(context);
  }

  catalog::CpuModel model = testing::sparc_model();
  World world;
  Host& host = world.add_host(testing::host_on(model));
  shell::RecordingStreams streams;
};

TEST_F(ZonecfgCommand, InteractiveShowsPromptsAndTheCreateHint) {
  EXPECT_EQ(zonecfg({"-z", "kzone"}, "create -t SYSSolaris-kz\ncommit\nexit\n", true), 0);
  EXPECT_EQ(streams.interleaved(),
            "Use 'create' to begin configuring a new zone.\n"
            "zonecfg:kzone> create -t SYSSolaris-kz\n"
            "zonecfg:kzone> commit\n"
            "zonecfg:kzone> exit\n");
  EXPECT_NE(host.find_zone("kzone"), nullptr);
}

TEST_F(ZonecfgCommand, SeveralSubcommandsOnOneInteractiveLine) {
  ASSERT_EQ(zonecfg({"-z", "kz1", "create -t SYSsolaris-kz"}), 0);
  EXPECT_EQ(zonecfg({"-z", "kz1"}, "select capped-memory\nset physical=16g\nend ; exit\n", true), 0);
  EXPECT_EQ(streams.out(),
            "zonecfg:kz1> select capped-memory\n"
            "zonecfg:kz1:capped-memory> set physical=16g\n"
            "zonecfg:kz1:capped-memory> end ; exit\n");
  EXPECT_EQ(host.find_zone("kz1")->config.first("capped-memory")->get("physical"), "16G");
}

TEST_F(ZonecfgCommand, OneShotSubcommandsCommitAtTheEnd) {
  ASSERT_EQ(zonecfg({"-z", "kz1", "create", "-t", "SYSsolaris-kz"}), 0);
  EXPECT_EQ(zonecfg({"-z", "kz1", "select virtual-cpu;set ncpus=8;end"}), 0);
  EXPECT_EQ(host.find_zone("kz1")->config.first("virtual-cpu")->get("ncpus"), "8");
  EXPECT_EQ(zonecfg({"-z", "kz1", "info", "virtual-cpu"}), 0);
  EXPECT_EQ(streams.out(), "virtual-cpu:\n\tncpus: 8\n");
}

TEST_F(ZonecfgCommand, InfoJsonFromTheCommandLineAndACommandFile) {
  ASSERT_EQ(zonecfg({"-z", "kz1", "create -t SYSsolaris-kz;select virtual-cpu;set ncpus=8;end"}), 0);
  EXPECT_EQ(zonecfg({"-z", "kz1", "info", "virtual-cpu", "--json"}), 0);
  EXPECT_EQ(streams.out(), "[\n  {\n    \"ncpus\": \"8\"\n  }\n]\n");
  host.files.write("/root/info.cfg", "info brand --json\n");
  EXPECT_EQ(zonecfg({"-z", "kz1", "-f", "/root/info.cfg"}), 0);
  EXPECT_EQ(streams.out(), "{\n  \"brand\": \"solaris-kz\"\n}\n");
}

TEST_F(ZonecfgCommand, OneShotStopsAtTheFirstError) {
  ASSERT_EQ(zonecfg({"-z", "kz1", "create -t SYSsolaris-kz"}), 0);
  EXPECT_EQ(zonecfg({"-z", "kz1", "set autoboot=maybe;set bootargs=-v"}), 1);
  EXPECT_FALSE(host.find_zone("kz1")->config.get("bootargs"));
}

TEST_F(ZonecfgCommand, ExportRoundTripsThroughACommandFile) {
  ASSERT_EQ(zonecfg({"-z", "kzone1", "create -t SYSsolaris-kz;set bootargs=\"kz=d -k -m verbose\";"
                                      "select anet id=0;add vlan;set vlan-id=45;end;add mac;add allowed-mac-address fa:16:3f;end;end"}),
            0);
  ASSERT_EQ(zonecfg({"-z", "kzone1", "export", "-f", "/net/example/path/kzone1.cfg"}), 0);
  auto exported = host.files.read("/net/example/path/kzone1.cfg");
  ASSERT_TRUE(exported);
  EXPECT_NE(exported->find("set bootargs=\"kz=d -k -m verbose\"\n"), std::string::npos);
  ASSERT_EQ(zonecfg({"-z", "kzone2", "-f", "/net/example/path/kzone1.cfg"}), 0) << streams.err();
  ASSERT_EQ(zonecfg({"-z", "kzone2", "export"}), 0);
  EXPECT_EQ(streams.out(), *exported);
  EXPECT_EQ(zonecfg::info_config(host.find_zone("kzone2")->config, "z", true), zonecfg::info_config(host.find_zone("kzone1")->config, "z", true));
}

TEST_F(ZonecfgCommand, CommandFileFromStandardInput) {
  EXPECT_EQ(zonecfg({"-z", "kz1", "-f", "-"}, "create -b\nset brand=solaris-kz\nadd virtual-cpu\nset ncpus=2\nend\n"), 0);
  EXPECT_EQ(host.find_zone("kz1")->config.first("virtual-cpu")->get("ncpus"), "2");
}

TEST_F(ZonecfgCommand, CommandFileSyntaxErrorNamesTheLine) {
  host.files.write("/root/kz.cfg", "create -t SYSsolaris-kz\nset\ncommit\n");
  EXPECT_EQ(zonecfg({"-z", "kz1", "-f", "kz.cfg"}), 1);
  EXPECT_EQ(streams.err(), "usage:\nset <property-name>=<property-value>\nsyntax error on line 2 of kz.cfg\n");
  EXPECT_EQ(host.find_zone("kz1"), nullptr);
}

TEST_F(ZonecfgCommand, MissingZoneIsNamed) {
  EXPECT_EQ(zonecfg({"-z", "nosuch", "info"}), 1);
  EXPECT_EQ(streams.err(), "nosuch: No such zone configured\n");
}

TEST_F(ZonecfgCommand, NeedsAZoneName) {
  EXPECT_EQ(zonecfg({"info"}), 2);
  EXPECT_NE(streams.err().find("usage: zonecfg -z <zone>"), std::string::npos);
}

TEST_F(ZonecfgCommand, ReloadPromptIsReadFromInput) {
  ASSERT_EQ(zonecfg({"-z", "kz1", "create -t SYSsolaris-kz"}), 0);
  EXPECT_EQ(zonecfg({"-z", "kz1"}, "reload\ny\nexit\n", true), 0);
  EXPECT_EQ(streams.out(), "zonecfg:kz1> reload\nAre you sure you want to reload (y/[n])? y\nzonecfg:kz1> exit\n");
}

TEST_F(ZonecfgCommand, OrdinaryUsersAreRefused) {
  host.accounts.add("jdoe");
  EXPECT_EQ(zonecfg({"-z", "kz1", "create -t SYSsolaris-kz"}, "", false, {"global", "jdoe", true}), 1);
  EXPECT_NE(streams.err().find("jdoe is not authorized to configure zone kz1"), std::string::npos);
}

TEST_F(ZonecfgCommand, ZoneConfigurationProfileWorksThroughPfexecOnly) {
  host.accounts.add("jdoe").profiles.push_back("Zone Configuration");
  EXPECT_EQ(zonecfg({"-z", "kz1", "create -t SYSsolaris-kz"}, "", false, {"global", "jdoe", false}), 1);
  EXPECT_EQ(zonecfg({"-z", "kz1", "create -t SYSsolaris-kz"}, "", false, {"global", "jdoe", true}), 0);
}

TEST_F(ZonecfgCommand, ZoneAdminConfigAuthorizes) {
  ASSERT_EQ(zonecfg({"-z", "kz1", "create -t SYSsolaris-kz;add admin;set user=jdoe;set auths=config;end"}), 0);
  host.accounts.add("jdoe");
  EXPECT_EQ(zonecfg({"-z", "kz1", "set autoboot=true"}, "", false, {"global", "jdoe", false}), 0);
}

}  // namespace
}  // namespace kzsim::zones
