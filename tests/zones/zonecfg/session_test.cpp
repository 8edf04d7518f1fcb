#include "zones/zonecfg/session.hpp"

#include "tests/zones/zonecfg/session_fixture.hpp"

namespace kzsim::zones::zonecfg {
namespace {

using testing::SessionTest;

TEST_F(SessionTest, TemplateGivesTheDocumentedKernelZone) {
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "create -t SYSsolaris-kz;info hostid"));
  const std::string hostid = out();
  EXPECT_EQ(hostid.rfind("hostid: 0x", 0), 0u);
  streams = {};
  ASSERT_TRUE(run(session, "info"));
  EXPECT_EQ(out(), "zonename: kz1\nbrand: solaris-kz\nhost-compatible: memlzr\n" + hostid +
                       "anet 0:\n\tconfigure-allowed-address: true\n\tid: 0\n"
                       "device 0:\n\tstorage: dev:/dev/zvol/dsk/rpool/VARSHARE/zones/kz1/disk0\n\tid: 0\n\tbootpri: 0\n"
                       "capped-memory:\n\tphysical: 4G\n\tpagesize-policy: largest-available\n"
                       "virtual-cpu:\n\tncpus: 4\n"
                       "suspend:\n\tpath: /system/zones/kz1/suspend\n");
}

TEST_F(SessionTest, CreateWithoutTemplateUsesSysdefault) {
  Session session = open("z1");
  ASSERT_TRUE(run(session, "create;info brand"));
  EXPECT_EQ(out(), "create: Using system default template 'SYSdefault'\nbrand: solaris\n");
}

TEST_F(SessionTest, UnknownTemplateIsNamed) {
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "create -t SYSnothing"));
  EXPECT_NE(err().find("SYSnothing"), std::string::npos);
  EXPECT_FALSE(session.exists());
}

TEST_F(SessionTest, CreateFromAnExistingZoneRenamesItsPaths) {
  configure("kzone1");
  Session session = open("kzone2");
  ASSERT_TRUE(run(session, "create -t kzone1;info device"));
  EXPECT_NE(out().find("/zones/kzone2/disk0"), std::string::npos);
}

TEST_F(SessionTest, PropertiesNeedAZone) {
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "set autoboot=true"));
  EXPECT_EQ(err(), "kz1: No such zone configured\n");
}

TEST_F(SessionTest, MemoryIsNormalisedAndPrintedWithATab) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "select capped-memory;set physical=2048m;info"));
  EXPECT_EQ(out(), "capped-memory:\n\tphysical: 2G\n\tpagesize-policy: largest-available\n");
  EXPECT_EQ(session.prompt(), "zonecfg:kz1:capped-memory> ");
}

TEST_F(SessionTest, ResourcePropertyFromTheGlobalScope) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "set capped-memory:physical=32G;info capped-memory"));
  EXPECT_NE(out().find("physical: 32G"), std::string::npos);
}

TEST_F(SessionTest, PagesizeTooSmallOnX86) {
  model = kzsim::zones::testing::x86_model();
  facts = testing::intel_host();
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "select capped-memory;set pagesize-policy=fixed"));
  EXPECT_FALSE(run(session, "set pagesize=1m"));
  EXPECT_EQ(err(), "pagesize value is too small. It must be at least 2M.\n");
  EXPECT_TRUE(run(session, "set pagesize=2m;end;verify"));
}

TEST_F(SessionTest, FixedPolicyRefusedWithoutMemoryReconfiguration) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "set host-compatible=level1"));
  EXPECT_FALSE(run(session, "set capped-memory:pagesize-policy=fixed"));
  EXPECT_NE(err().find("memory live zone reconfiguration"), std::string::npos);
  EXPECT_TRUE(run(session, "set host-compatible=level2;set capped-memory:pagesize-policy=fixed;set capped-memory:pagesize=256M"));
  EXPECT_FALSE(run(session, "clear host-compatible"));
}

TEST_F(SessionTest, MemoryReserveNeedsPagesizePolicyCleared) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "select capped-memory"));
  EXPECT_FALSE(run(session, "set memory-reserve=zones"));
  EXPECT_NE(err().find("mutually exclusive"), std::string::npos);
  streams = {};
  EXPECT_TRUE(run(session, "clear pagesize-policy;set memory-reserve=zones;info"));
  EXPECT_EQ(out(), "capped-memory:\n\tphysical: 4G\n\tmemory-reserve: zones\n");
}

TEST_F(SessionTest, MemlzsAndMemlzrAreOneProperty) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "select capped-memory;set memlzs=strict;set memlzr=strict;info"));
  EXPECT_EQ(out(), "capped-memory:\n\tphysical: 4G\n\tpagesize-policy: largest-available\n\tmemlzr: strict\n");
}

TEST_F(SessionTest, MemlzsTypedIsPrintedAsMemlzr) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "set host-compatible=level1,memlzs;select capped-memory;set memlzs=strict;end;info;export"));
  EXPECT_EQ(out().find("memlzs"), std::string::npos) << out();
  EXPECT_NE(out().find("host-compatible: level1,memlzr\n"), std::string::npos) << out();
  EXPECT_NE(out().find("\tmemlzr: strict\n"), std::string::npos) << out();
  EXPECT_NE(out().find("set memlzr=strict\n"), std::string::npos) << out();
}

TEST_F(SessionTest, NestedVlansAreNumberedWithinTheirAnet) {
  configure("kzone0");
  Session session = open("kzone0");
  ASSERT_TRUE(run(session, "select anet id=0;add vlan"));
  EXPECT_EQ(session.prompt(), "zonecfg:kzone0:anet:vlan> ");
  ASSERT_TRUE(run(session, "set vlan-id=45;end;add vlan;set vlan-id=46;end;info vlan"));
  EXPECT_EQ(out(), "\tvlan 0:\n\t\tvlan-id: 45\n\tvlan 1:\n\t\tvlan-id: 46\n");
}

TEST_F(SessionTest, ListPropertiesAreAddedItemByItem) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "add anet;add mac;add allowed-mac-address fa:16:3f;end;end;export"));
  EXPECT_NE(out().find("add mac\nadd allowed-mac-address fa:16:3f\nend\n"), std::string::npos);
  EXPECT_FALSE(run(session, "select anet id=1;add mac;add allowed-mac-address zz"));
}

TEST_F(SessionTest, AddedAnetGetsTheNextFreeId) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "add anet;set lower-link=net1;end;info anet id=1"));
  EXPECT_EQ(out(), "anet 1:\n\tlower-link: net1\n\tid: 1\n");
}

TEST_F(SessionTest, SelectAndRemoveNeedAFilterForRepeatableResources) {
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "select anet"));
  ASSERT_TRUE(run(session, "add anet;end"));
  EXPECT_FALSE(run(session, "remove anet"));
  EXPECT_TRUE(run(session, "remove anet id=1"));
  EXPECT_FALSE(run(session, "select anet id=1"));
  EXPECT_TRUE(run(session, "select anet 0;end"));
}

TEST_F(SessionTest, SingletonsCannotBeAddedTwice) {
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "add capped-memory"));
  EXPECT_NE(err().find("select capped-memory"), std::string::npos);
}

TEST_F(SessionTest, KernelZonesRefuseNativeZoneProperties) {
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "set zonepath=/zones/kz1"));
  EXPECT_FALSE(run(session, "set max-processes=100"));
  EXPECT_FALSE(run(session, "add fs"));
  EXPECT_EQ(err(),
            "zonepath: property not supported by brand solaris-kz\n"
            "max-processes: property not supported by brand solaris-kz\n"
            "fs: resource type not supported by brand solaris-kz\n");
}

TEST_F(SessionTest, ScopeMessages) {
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "end"));
  EXPECT_FALSE(run(session, "select capped-memory;commit"));
  EXPECT_EQ(err(), "The end command only makes sense in the resource scope.\n"
                   "The commit command only makes sense in the global scope.\n");
}

TEST_F(SessionTest, StorageMustBeAUri) {
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "select device id=0;set storage=iscsi://zfssa/"));
  EXPECT_TRUE(run(session, "set storage=iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60003"));
}

TEST_F(SessionTest, InfoOfUnsetPropertiesPrintsNothing) {
  configure("kzone1");
  Session session = open("kzone1");
  ASSERT_TRUE(run(session, "info cpu-arch;info dedicated-cpu"));
  EXPECT_EQ(out(), "");
  ASSERT_TRUE(run(session, "set cpu-arch=migration-class1;set host-compatible=adi;info cpu-arch host-compatible"));
  EXPECT_EQ(out(), "cpu-arch: migration-class1\nhost-compatible: adi\n");
}

TEST_F(SessionTest, CommitStoresAndExitCommits) {
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "create -t SYSsolaris-kz;set autoboot=true;exit"));
  EXPECT_TRUE(session.finished());
  ASSERT_NE(host.find_zone("kz1"), nullptr);
  EXPECT_EQ(host.find_zone("kz1")->config.get("autoboot"), "true");
}

TEST_F(SessionTest, ExitForcedDiscards) {
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "create -t SYSsolaris-kz;exit -F"));
  EXPECT_EQ(host.find_zone("kz1"), nullptr);
}

TEST_F(SessionTest, VerifyFindsDuplicateIds) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "add anet;set id=0;end"));
  EXPECT_FALSE(run(session, "commit"));
  EXPECT_NE(err().find("anet: id 0 is used by more than one anet resource"), std::string::npos);
}

TEST_F(SessionTest, RenameOnlyWhenConfiguredOrUnavailable) {
  configure("kz1");
  host.find_zone("kz1")->state = ZoneState::Installed;
  Session installed = open("kz1");
  EXPECT_FALSE(run(installed, "set zonename=kz9"));
  host.find_zone("kz1")->state = ZoneState::Configured;
  Session configured = open("kz1");
  ASSERT_TRUE(run(configured, "set zonename=kz9;commit"));
  ASSERT_NE(host.find_zone("kz9"), nullptr);
  EXPECT_EQ(host.find_zone("kz1"), nullptr);
  EXPECT_EQ(host.find_zone("kz9")->config.first("suspend")->get("path"), "/system/zones/kz9/suspend");
}

TEST_F(SessionTest, LiveModeNeedsARunningZone) {
  configure("kz1");
  Session session = open("kz1", true);
  EXPECT_FALSE(session.usable());
  EXPECT_NE(err().find("running"), std::string::npos);
}

TEST_F(SessionTest, LiveCommitReportsEachChange) {
  configure("kzone");
  Zone& zone = *host.find_zone("kzone");
  zone.state = ZoneState::Running;
  zone.live = zone.config;
  Session session = open("kzone", true);
  ASSERT_TRUE(run(session, "add device;set storage=dev:/dev/dsk/c1t0d0;end;commit -n"));
  EXPECT_EQ(out(), "zone 'kzone': Checking: Adding device storage=dev:/dev/dsk/c1t0d0\n");
  EXPECT_EQ(zone.live, zone.config);
  streams = {};
  ASSERT_TRUE(run(session, "commit"));
  EXPECT_EQ(out(), "zone 'kzone': Checking: Adding device storage=dev:/dev/dsk/c1t0d0\nzone 'kzone': Applying the changes\n");
  EXPECT_EQ(zone.live->resources.size(), zone.config.resources.size() + 1);
}

TEST_F(SessionTest, ReloadAsksFirst) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "set autoboot=true"));
  answer("n\n");
  ASSERT_TRUE(run(session, "reload"));
  EXPECT_EQ(out(), "");
  streams = {};
  ASSERT_TRUE(run(session, "info autoboot"));
  EXPECT_EQ(out(), "autoboot: true\n");
  answer("y\n");
  streams = {};
  ASSERT_TRUE(run(session, "reload;info autoboot"));
  EXPECT_EQ(out(), "");
}

TEST_F(SessionTest, CreateOverAnExistingZoneFromAPipeIsIgnored) {
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "create -t SYSsolaris-kz-minimal"));
  EXPECT_EQ(err(), "Zone exists, input not from terminal and -F not specified:\ncreate command ignored, exiting.\n");
  EXPECT_TRUE(session.finished());
}

TEST_F(SessionTest, CreateForcedOverAnExistingZoneSaysSo) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "create -F -t SYSsolaris-kz-minimal;info virtual-cpu"));
  EXPECT_EQ(err(), "");
  EXPECT_EQ(out(), "Zone kz1 already exists; overwriting.\nvirtual-cpu:\n\tncpus: 1\n");
}

TEST_F(SessionTest, ASecondCreateOfANewZoneAsksNothing) {
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "create -t SYSsolaris-kz;create -t SYSsolaris-kz-minimal;info virtual-cpu")) << err();
  EXPECT_EQ(err(), "");
  EXPECT_EQ(out(), "virtual-cpu:\n\tncpus: 1\n");
}

TEST_F(SessionTest, ExitInAnUnfinishedResourceFromAPipeKeepsNothing) {
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "set autoboot=true;add anet;set lower-link=net1;exit"));
  EXPECT_EQ(err(), "Resource incomplete, input not from terminal and -F not specified:\nexit command ignored, but exiting anyway.\n");
  EXPECT_TRUE(session.finished());
  EXPECT_EQ(session.finish(), Outcome::Ok);
  EXPECT_FALSE(host.find_zone("kz1")->config.get("autoboot"));
  EXPECT_EQ(host.find_zone("kz1")->config.resources.size(), 5u);
}

TEST_F(SessionTest, ExitInAnUnfinishedResourceAsksATerminal) {
  configure("kz1");
  input = shell::TextInput("n\ny\n", true);
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "set autoboot=true;add anet;set lower-link=net1;exit"));  // answered n
  EXPECT_FALSE(session.finished());
  EXPECT_EQ(session.prompt(), "zonecfg:kz1:anet> ");
  // Quitting drops the resource, keeps what was ended before it, and fails the session.
  EXPECT_FALSE(run(session, "exit"));
  EXPECT_TRUE(session.finished());
  EXPECT_EQ(host.find_zone("kz1")->config.get("autoboot"), "true");
  EXPECT_EQ(host.find_zone("kz1")->config.resources.size(), 5u);
}

TEST_F(SessionTest, InfoNumbersTheResourcesAZoneMayHaveSeveralOf) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "add anet;set id=3;info"));
  EXPECT_EQ(out(), "anet 1:\n\tid: 3\n");  // guide Example 2-8
  streams = {};
  ASSERT_TRUE(run(session, "end;info anet;info capped-memory"));
  EXPECT_EQ(out(), "anet 0:\n\tconfigure-allowed-address: true\n\tid: 0\nanet 1:\n\tid: 3\n"
                   "capped-memory:\n\tphysical: 4G\n\tpagesize-policy: largest-available\n");
  streams = {};
  ASSERT_TRUE(run(session, "select anet 1;info;end"));  // the resource number, not the id property
  EXPECT_EQ(out(), "anet 1:\n\tid: 3\n");
  streams = {};
  ASSERT_TRUE(run(session, "remove anet 0;info anet"));
  EXPECT_EQ(out(), "anet 0:\n\tid: 3\n");
}

TEST_F(SessionTest, AnOlderReleaseNeitherNumbersNorSelectsByNumber) {
  facts.release_numbers_resources = false;
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "info anet"));
  EXPECT_EQ(out(), "anet:\n\tconfigure-allowed-address: true\n\tid: 0\n");
  EXPECT_FALSE(run(session, "select anet 0"));
  EXPECT_EQ(err().rfind("usage:\n", 0), 0u) << err();
}

TEST_F(SessionTest, CreateRefusedOnceInstalled) {
  configure("kz1");
  host.find_zone("kz1")->state = ZoneState::Installed;
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "create -F -t SYSsolaris-kz"));
  EXPECT_EQ(err(), "Zone kz1 already installed; create not allowed.\n");
}

TEST_F(SessionTest, DeleteOnlyConfiguredZones) {
  configure("kz1");
  host.find_zone("kz1")->state = ZoneState::Installed;
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "delete -F"));
  EXPECT_EQ(err(), "Zone kz1 not in configured state; delete not allowed.\n");
  host.find_zone("kz1")->state = ZoneState::Configured;
  EXPECT_TRUE(run(session, "delete -F"));
  EXPECT_EQ(host.find_zone("kz1"), nullptr);
}

TEST_F(SessionTest, CpuArchRefusedOnAmd) {
  facts = testing::amd_host();
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "set cpu-arch=generic"));
  EXPECT_NE(err().find("AMD"), std::string::npos);
}

TEST_F(SessionTest, RenameAllowedWhenUnavailableButNotOntoAnotherZone) {
  configure("kz1");
  configure("kz2");
  host.find_zone("kz1")->state = ZoneState::Unavailable;
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "set zonename=kz2"));
  EXPECT_EQ(err(), "zonename: a zone named kz2 already exists\n");
  EXPECT_TRUE(run(session, "set zonename=kz3"));
}

TEST_F(SessionTest, LiveCommitRefusesAnExternallyChangedConfiguration) {
  configure("kzone1");
  Zone& zone = *host.find_zone("kzone1");
  zone.state = ZoneState::Running;
  zone.live = zone.config;
  Session session = open("kzone1", true);
  ASSERT_TRUE(run(session, "add anet;set lower-link=net1;set maxbw=2G;end"));
  zone.live->set("autoboot", "true");  // another administrator's change
  EXPECT_FALSE(run(session, "commit"));
  EXPECT_EQ(err(), "zone 'kzone1': error: the live configuration has changed externally.\n"
                   "Trying to commit changes to externally changed live configuration\n"
                   "Please use reload to start again. Your local changes will be lost.\n");
  answer("y\n");
  streams = {};
  EXPECT_TRUE(run(session, "reload;add anet;set lower-link=net1;set maxbw=2G;end;commit"));
  EXPECT_EQ(out(), "zone 'kzone1': Checking: Adding anet id=1\nzone 'kzone1': Applying the changes\n");
  EXPECT_FALSE(run(session, "set zonename=kz9"));
}

TEST_F(SessionTest, LiveCommitRefusesAZoneHaltedOrDeletedMeanwhile) {
  configure("kzone1");
  Zone& zone = *host.find_zone("kzone1");
  zone.state = ZoneState::Running;
  zone.live = zone.config;
  Session session = open("kzone1", true);
  ASSERT_TRUE(run(session, "add anet;end"));
  stop_running(zone);  // another terminal halted it
  EXPECT_FALSE(run(session, "commit"));
  EXPECT_EQ(err(), "zonecfg: kzone1: live mode (-r) is available only for a running zone; the zone is installed\n");
  streams = {};
  host.zones.erase("kzone1");  // and then deleted it
  EXPECT_FALSE(run(session, "commit"));
  EXPECT_EQ(err(), "kzone1: No such zone configured\n");
}

TEST_F(SessionTest, UnknownNamesListWhatIsExpected) {
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "set colour=blue"));
  EXPECT_NE(err().find("colour: No such property type; expected zonename, brand, autoboot,"), std::string::npos);
  EXPECT_FALSE(run(session, "add disk"));
  EXPECT_NE(err().find("disk: No such resource type; expected capped-memory, virtual-cpu,"), std::string::npos);
  EXPECT_FALSE(run(session, "select capped-memory;set colour=blue"));
  EXPECT_NE(err().find("colour: No such property type for resource capped-memory; expected physical,"), std::string::npos);
}

TEST_F(SessionTest, NestedResourcesOnlyInsideTheirParent) {
  configure("kz1");
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "add vlan"));
  EXPECT_FALSE(run(session, "select capped-memory;add vlan"));
}

TEST_F(SessionTest, NestedResourcesAreSelectedAndRemovedInsideTheirParent) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "select anet id=0;add mac;set mac-address=2:8:20:1:2:3;end;add vlan;set vlan-id=45;end;"
                           "add vlan;set vlan-id=46;end"));
  ASSERT_TRUE(run(session, "select vlan id=1"));
  EXPECT_EQ(session.prompt(), "zonecfg:kz1:anet:vlan> ");
  ASSERT_TRUE(run(session, "set vlan-id=47;end"));
  EXPECT_EQ(session.prompt(), "zonecfg:kz1:anet> ");
  ASSERT_TRUE(run(session, "info vlan id=1;select mac id=0;info;cancel"));
  EXPECT_EQ(out(), "\tvlan 1:\n\t\tvlan-id: 47\nmac 0:\n\tmac-address: 2:8:20:1:2:3\n");
  streams = {};
  ASSERT_TRUE(run(session, "remove vlan id=0;info vlan;remove mac 0;info mac;end"));
  EXPECT_EQ(out(), "\tvlan 0:\n\t\tvlan-id: 47\n");
}

TEST_F(SessionTest, NestedResourceSelectedFromTheGlobalScopeInOneLine) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "select anet id=0;add vlan;set vlan-id=45;end;end"));
  ASSERT_TRUE(run(session, "select anet id=0;select vlan id=0;set vlan-id=48;end;end;info anet"));
  EXPECT_NE(out().find("\tvlan 0:\n\t\tvlan-id: 48\n"), std::string::npos) << out();
  streams = {};
  ASSERT_TRUE(run(session, "select anet id=0;remove vlan id=0;end;info anet"));
  EXPECT_EQ(out().find("vlan"), std::string::npos) << out();
}

TEST_F(SessionTest, NestedSelectAndRemoveOnlyInsideTheirParent) {
  configure("kz1");
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "select anet id=0;add vlan;set vlan-id=45;end;end"));
  EXPECT_FALSE(run(session, "select vlan id=0"));
  EXPECT_FALSE(run(session, "remove vlan id=0"));
  EXPECT_EQ(err(), "vlan: this resource type exists only inside an anet or net resource\n"
                   "vlan: this resource type exists only inside an anet or net resource\n");
  streams = {};
  EXPECT_FALSE(run(session, "select capped-memory;select vlan id=0"));
  EXPECT_EQ(err(), "The select command only makes sense in the global scope.\n");
  streams = {};
  EXPECT_FALSE(run(session, "cancel;select anet id=0;select vlan id=1"));
  EXPECT_EQ(err(), "select vlan id=1: No such resource with that specification\n");
  EXPECT_EQ(session.prompt(), "zonecfg:kz1:anet> ");
}

TEST_F(SessionTest, HelpPrintsUsage) {
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "help commit"));
  EXPECT_EQ(out(), "commit [-n]\n");
  EXPECT_FALSE(run(session, "help fly"));
  EXPECT_FALSE(run(session, "fly"));
  EXPECT_NE(err().find("fly: unknown zonecfg subcommand; expected add,"), std::string::npos);
}

TEST_F(SessionTest, BrandMustBeKnown) {
  Session session = open("z1");
  EXPECT_FALSE(run(session, "create -b;set brand=solaris10"));
  EXPECT_NE(err().find("expected solaris-kz or solaris"), std::string::npos);
  EXPECT_TRUE(run(session, "set brand=solaris-kz"));
}

}  // namespace
}  // namespace kzsim::zones::zonecfg
