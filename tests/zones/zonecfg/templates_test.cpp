#include "zones/zonecfg/templates.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "tests/zones/zonecfg/session_fixture.hpp"

namespace kzsim::zones::zonecfg {
namespace {

using testing::SessionTest;

TEST(Templates, FoundWithoutRegardToCase) {
  ASSERT_NE(find_template("SYSSolaris-kz"), nullptr);
  EXPECT_EQ(find_template("SYSSolaris-kz")->name, "SYSsolaris-kz");
  EXPECT_EQ(find_template("sysdefault")->name, "SYSdefault");
  EXPECT_EQ(find_template("SYSsolaris-kz-maximal"), nullptr);
}

TEST_F(SessionTest, ZonenameIsFilledIn) {
  std::string commands = template_commands(*find_template("SYSsolaris-kz"), "kz7", host);
  EXPECT_NE(commands.find("/zones/kz7/disk0"), std::string::npos);
  EXPECT_NE(commands.find("/system/zones/kz7/suspend"), std::string::npos);
  EXPECT_EQ(commands.find("%{zonename}"), std::string::npos);
  EXPECT_EQ(commands.find("%{"), std::string::npos);
}

// An 11.3 host's template leaves out what 11.3 lacks (memory live reconfiguration, page size
// policy); its suspend resource is there (an 11.3 lab suspends a zone made from it,
// tests/scenarios/real/lab-suspend).
TEST_F(SessionTest, TemplateOnAnOlderHostSetsOnlyWhatItsReleaseHas) {
  host.os = *catalog::Version::parse("11.3");
  Session older = open("kz1");
  ASSERT_TRUE(run(older, "create -t SYSsolaris-kz;info host-compatible;info capped-memory;info suspend;info virtual-cpu"));
  EXPECT_EQ(out(), "capped-memory:\n\tphysical: 4G\nsuspend:\n\tpath: /system/zones/kz1/suspend\nvirtual-cpu:\n\tncpus: 4\n");
}

TEST_F(SessionTest, TemplateOnAnSru45SparcHostSetsMemlzsAndPageSizePolicy) {
  host.os = *catalog::Version::parse("11.4.45");
  Session newer = open("kz1");
  ASSERT_TRUE(run(newer, "create -t SYSsolaris-kz;info host-compatible;info capped-memory"));
  EXPECT_EQ(out(), "host-compatible: memlzr\ncapped-memory:\n\tphysical: 4G\n\tpagesize-policy: largest-available\n");
}

TEST_F(SessionTest, TemplateOnAnSru44SparcHostHasPageSizePolicyButNoMemlzs) {
  host.os = *catalog::Version::parse("11.4.44");
  const std::string commands = template_commands(*find_template("SYSsolaris-kz"), "kz1", host);
  EXPECT_EQ(commands.find("host-compatible"), std::string::npos);
  EXPECT_NE(commands.find("set pagesize-policy=largest-available"), std::string::npos);
}

TEST(TemplateTable, RefusesUnknownPlaceholdersAndFeatures) {
  EXPECT_THROW(read_zone_templates("t.yaml", "templates:\n  - {name: a, source: s, commands: ['set x=%{nope}']}\n"),
               InputError);
  EXPECT_THROW(read_zone_templates("t.yaml", "templates:\n  - {name: a, source: s, needs: {x: no-such-feature}, "
                                             "commands: ['set x=1']}\n"),
               InputError);
  EXPECT_EQ(read_zone_templates("t.yaml", "templates:\n  - {name: a, source: s, values: {n: '1'}, "
                                          "commands: ['set x=%{n}']}\n")
                .size(),
            1u);
}

TEST_F(SessionTest, EveryTemplateAppliesOnSparcAndX86) {
  for (const ZoneTemplate& zone_template : zone_templates()) {
    for (bool sparc : {true, false}) {
      model = sparc ? kzsim::zones::testing::sparc_model() : kzsim::zones::testing::x86_model();
      facts = sparc ? testing::sparc_host() : testing::intel_host();
      Session session = open("z1");
      EXPECT_TRUE(run(session, fmt::format("create -t {};verify", zone_template.name)))
          << zone_template.name << (sparc ? " on SPARC: " : " on x86: ") << err();
    }
  }
}

TEST_F(SessionTest, MinimalTemplateHasOneVcpuAnd2G) {
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "create -t SYSSolaris-kz-minimal;info capped-memory;info virtual-cpu"));
  EXPECT_EQ(out(), "capped-memory:\n\tphysical: 2G\n\tpagesize-policy: largest-available\nvirtual-cpu:\n\tncpus: 1\n");
}

TEST_F(SessionTest, KernelZoneTemplatesDrawAHostid) {
  Session first = open("kz1");
  ASSERT_TRUE(run(first, "create -t SYSsolaris-kz;info hostid"));
  Session again = open("kz1");
  ASSERT_TRUE(run(again, "create -t SYSsolaris-kz;info hostid"));
  std::string twice = out();
  ASSERT_EQ(twice.size() % 2, 0u);
  EXPECT_EQ(twice.substr(0, twice.size() / 2), twice.substr(twice.size() / 2)) << "same seed and name, same hostid";
  EXPECT_EQ(twice.rfind("hostid: 0x", 0), 0u);
}

}  // namespace
}  // namespace kzsim::zones::zonecfg
