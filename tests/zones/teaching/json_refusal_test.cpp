// --json on a form that takes none is refused (exit 2, one line naming the command and the forms
// that take it) before the command runs, on the host and inside a kernel zone.
#include <gtest/gtest.h>

#include "tests/zones/network/network_fixture.hpp"

namespace kzsim::zones {
namespace {

class JsonRefusal : public testing::NetworkTest {
 protected:
  void SetUp() override {
    NetworkTest::SetUp();
    Resource disk{"device", {}, {}};
    disk.set("id", "0");
    disk.set("storage", "dev:/dev/zvol/dsk/rpool/VARSHARE/zones/kz1/disk0");
    add_zone("kz1", {disk});
  }
};

TEST_F(JsonRefusal, AFormThatIsNotAListingIsRefusedAndNotRun) {
  const auto refused = run("zoneadm -z kz1 halt --json");
  EXPECT_EQ(refused.exit, 2);
  EXPECT_EQ(refused.out, "");
  EXPECT_EQ(refused.err, "zoneadm: --json is not taken by this form; expected zoneadm [-z zonename] list [-cipsv] --json\n");
  EXPECT_EQ(host->find_zone("kz1")->state, ZoneState::Running);
  EXPECT_EQ(world.last_refusal()->errors, refused.err);  // what explain reads
}

TEST_F(JsonRefusal, EveryFormThatTakesItIsNamed) {
  EXPECT_EQ(run("dladm set-linkprop -p iov=on net0 --json").err,
            "dladm: --json is not taken by this form; expected dladm {show-phys | show-link | show-vnic | show-aggr [-C]} "
            "[link] --json or dladm show-linkprop -p prop link --json\n");
  EXPECT_EQ(run("help zoneadm --json").err, "help: --json is not taken by this form; expected help --json\n");
}

TEST_F(JsonRefusal, AQuotedCommandLineCountsFromItsLastSubcommand) {
  EXPECT_EQ(run("zonecfg -z kz1 'info device' --json").exit, 0);
  const auto scoped = run("zonecfg -z kz1 'select device id=0; info' --json");
  EXPECT_EQ(scoped.exit, 0) << scoped.err;
  const auto refused = run("zonecfg -z kz1 'info device; verify' --json");
  EXPECT_EQ(refused.exit, 2);
  EXPECT_TRUE(refused.err.starts_with("zonecfg: --json is not taken by this form; expected zonecfg -z zonename")) << refused.err;
}

TEST_F(JsonRefusal, ACommandWithoutAListingHasNone) {
  const auto refused = run("date -u --json");
  EXPECT_EQ(refused.exit, 2);
  EXPECT_EQ(refused.err, "date: --json is not taken by this form; expected date without --json (no form of it is a listing)\n");
  EXPECT_EQ(run("isainfo -b --json").err, "isainfo: --json is not taken by this form; expected isainfo [-v] --json\n");
}

TEST_F(JsonRefusal, ListingFormsStillTakeIt) {
  for (const char* line : {"psrinfo -p --json", "zoneadm list -cv --json", "help --json", "dlstat show-link --json",
                           "zonecfg -z kz1 info --json", "zlogin kz1 zpool status --json",
                           // an option closing its [ ] takes no value: the next word is the operand
                           "dladm show-aggr -C --json", "dladm show-link net0 --json",
                           "suriadm parse -H nfs://root:root@host/path --json"}) {
    const auto listed = run(line);
    EXPECT_EQ(listed.exit, 0) << line << ": " << listed.err;
  }
}

TEST_F(JsonRefusal, InsideAKernelZoneTheFormsAfterZloginCount) {
  EXPECT_EQ(run("zlogin kz1 zpool create tank c1d0 --json").err,
            "zpool: --json is not taken by this form inside a kernel zone; expected zlogin zonename zpool status [pool] "
            "--json or zlogin zonename zpool list [-H] [-o field[,...]] [pool]... --json\n");
  const auto uname = run("zlogin kz1 uname -a --json");
  EXPECT_EQ(uname.exit, 2);
  EXPECT_EQ(uname.err,
            "uname: --json is not taken by this form inside a kernel zone; expected uname without --json (no form of "
            "it is a listing)\n");
  EXPECT_EQ(run("zlogin kz1 pagesize --json").exit, 0);
  const auto dumpadm = run("zlogin kz1 dumpadm -s crash --json");  // refused by dumpadm itself, not the seam
  EXPECT_EQ(dumpadm.err, "dumpadm: -s crash: expected an absolute path\n");
}

TEST_F(JsonRefusal, ZloginItselfTakesNone) {
  EXPECT_EQ(run("zlogin -C kz1 --json").err,
            "zlogin: --json is not taken by this form; expected zlogin without --json (no form of it is a listing)\n");
}

}  // namespace
}  // namespace kzsim::zones
