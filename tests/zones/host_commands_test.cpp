// Host commands run through a World, compared with the guide's transcripts.
#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {
namespace {

class HostCommands : public ::testing::Test {
 protected:
  catalog::CpuModel sparc = testing::sparc_model();
  catalog::CpuModel x86 = testing::x86_model();
  World world;

  void SetUp() override {
    world.add_host(testing::host_on(sparc, "global"));
    world.add_host(testing::host_on(x86, "intel"));
    world.find_host("global")->accounts.add("jdoe");
  }

  scenario::Transcript run(std::string command, std::string host = "global", std::string stdin_text = {},
                           std::string user = "root") {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = std::move(host);
    step.stdin_text = std::move(stdin_text);
    step.user = std::move(user);
    return world.run(step);
  }
};

TEST_F(HostCommands, UnameAsTheGuidePrintsIt) {
  for (const char* host : {"global", "intel"}) world.find_host(host)->os = catalog::Version{{11, 4, 36}};
  EXPECT_EQ(run("uname -a").out, "SunOS global 5.11 11.4.36.15.0 sun4v sparc sun4v non-virtualized\n");
  EXPECT_EQ(run("uname -a", "intel").out, "SunOS intel 5.11 11.4.36.15.0 i86pc i386 i86pc\n");
  world.find_host("global")->os = catalog::Version{{11, 3}};
  EXPECT_EQ(run("uname -a").out, "SunOS global 5.11 11.3 sun4v sparc sun4v\n");
  EXPECT_EQ(run("uname").out, "SunOS\n");
}

TEST_F(HostCommands, DatePrintsTheSimulatedClockInDatesDefaultForm) {
  EXPECT_EQ(run("date").out, "Thu Feb  1 09:00:00 UTC 2024\n");
  world.clock().advance(std::chrono::hours(24 * 3 + 8) + std::chrono::seconds(7));
  EXPECT_EQ(run("date", "intel").out, "Sun Feb  4 17:00:07 UTC 2024\n");
  EXPECT_EQ(run("date -u +%Y-%m-%d").out, "2024-02-04\n");
  const auto refused = run("date -x");
  EXPECT_EQ(refused.exit, 1);
  EXPECT_EQ(refused.err, "date: bad conversion or option '-x'\nusage: date [-u] [+format]\n");
}

// virtinfo(8) 11.4 Example 1's widths: NAME padded to 15 and CLASS to 11, the padding kept at
// the end. A control domain can create logical domains (real control domains' virtinfo).
TEST_F(HostCommands, VirtinfoOfAControlDomainAsSolarisPrintsIt) {
  EXPECT_EQ(run("virtinfo").out,
            "NAME            CLASS      \nlogical-domain  current    \nnon-global-zone supported  \n"
            "kernel-zone     supported  \nlogical-domain  supported  \n");
  EXPECT_EQ(run("virtinfo list -H -o class kernel-zone").out, "supported\n");
  EXPECT_EQ(run("virtinfo -c current,parent list -H").out, "logical-domain\tcurrent\n");
}

TEST_F(HostCommands, VirtinfoListsKernelZonesUnsupportedWhereTheyCannotRunOn114) {
  world.find_host("intel")->bios["vt-x"] = false;
  world.find_host("intel")->os = catalog::Version{{11, 4, 36}};
  EXPECT_EQ(run("virtinfo", "intel").out,
            "NAME            CLASS      \nnon-global-zone supported  \nkernel-zone     unsupported\n");
  EXPECT_EQ(run("virtinfo -c supported list kernel-zone", "intel").out, "NAME            CLASS      \n");
  // virtinfo(1M) of 11.2 and 11.3 has no class unsupported: the row is left out.
  world.find_host("intel")->os = catalog::Version{{11, 3}};
  EXPECT_EQ(run("virtinfo", "intel").out, "NAME            CLASS      \nnon-global-zone supported  \n");
}

TEST_F(HostCommands, VirtinfoNamesTheHypervisorOfAnX86Guest) {
  world.find_host("intel")->os = catalog::Version{{11, 4, 36}};
  world.find_host("intel")->virtualization = Virtualization::VirtualBox;
  EXPECT_EQ(run("virtinfo", "intel").out,
            "NAME            CLASS      \nvirtualbox      current    \nnon-global-zone supported  \n"
            "kernel-zone     unsupported\n");
  world.find_host("intel")->virtualization = Virtualization::OvmX86Guest;
  EXPECT_EQ(run("virtinfo -c current list -H -o name", "intel").out, "xen\n");
  world.find_host("intel")->virtualization = Virtualization::VMware;
  EXPECT_EQ(run("virtinfo -c current,supported list -H", "intel").out,
            "vmware\tcurrent\nnon-global-zone\tsupported\nkernel-zone\tsupported\n");
}

TEST_F(HostCommands, VirtinfoGuestDomainCannotCreateDomains) {
  world.find_host("global")->virtualization = Virtualization::LdomGuest;
  world.find_host("global")->os = catalog::Version{{11, 4, 36}};
  EXPECT_EQ(run("virtinfo").out,
            "NAME            CLASS      \nlogical-domain  current    \nlogical-domain  parent     \n"
            "non-global-zone supported  \nkernel-zone     supported  \nlogical-domain  unsupported\n");
}

// virtinfo(1M) of Oracle VM Server for SPARC: the domain's facts, one "Label: value" line each.
TEST_F(HostCommands, VirtinfoDomainFlagsOnSparcOnly) {
  const auto all = run("virtinfo -a").out;
  EXPECT_TRUE(all.starts_with("Domain role: LDoms control I/O service root\nDomain name: primary\nDomain UUID: "))
      << all;
  EXPECT_NE(all.find("\nControl domain: global\nChassis serial#: AK"), std::string::npos) << all;
  EXPECT_EQ(run("virtinfo -c").out, "Control domain: global\n");
  EXPECT_EQ(run("virtinfo -a").out, all);  // the same facts every time
  world.find_host("global")->virtualization = Virtualization::LdomGuest;
  EXPECT_EQ(run("virtinfo -t").out, "Domain role: LDoms guest\n");
  EXPECT_EQ(run("virtinfo -d").out, "Domain name: global\n");
  const auto x86 = run("virtinfo -a", "intel");
  EXPECT_EQ(x86.exit, 1);
  EXPECT_EQ(x86.err, "virtinfo: options -a, -c, -d, -p, -s, -t and -u are supported on SPARC only\n");
}

// Core lines indented two spaces and the chip line four, on SPARC as on x86 (FusionInventory's
// Solaris 11 sample solaris11-psrinfo_vp).
TEST_F(HostCommands, PsrinfoPhysicalViewAsSolarisPrintsIt) {
  EXPECT_EQ(run("psrinfo -vp").out,
            "The physical processor has 6 cores and 48 virtual processors (0-47)\n"
            "  The core has 8 virtual processors (0-7)\n  The core has 8 virtual processors (8-15)\n"
            "  The core has 8 virtual processors (16-23)\n  The core has 8 virtual processors (24-31)\n"
            "  The core has 8 virtual processors (32-39)\n  The core has 8 virtual processors (40-47)\n"
            "    SPARC-T4 (chipid 0, clock 2998 MHz)\n");
}

TEST_F(HostCommands, PsrinfoX86NumbersHyperthreadsAfterAllCores) {
  const auto text = run("psrinfo -vp", "intel").out;
  EXPECT_EQ(text.substr(0, text.find('\n', text.find('\n') + 1) + 1),
            "The physical processor has 6 cores and 12 virtual processors (0-5 12-17)\n"
            "  The core has 2 virtual processors (0 12)\n");
  EXPECT_NE(text.find("    x86 (GenuineIntel 306E4 family 6 model 62 step 4 clock 2100 MHz)\n"
                      "      Intel(r) Xeon(r) CPU E5-2620 v2 @ 2.10GHz\n"),
            std::string::npos);
  EXPECT_EQ(run("psrinfo -p", "intel").out, "2\n");
}

TEST_F(HostCommands, PagesizeAsTheGuidePrintsIt) {
  EXPECT_EQ(run("pagesize").out, "8192\n");
  EXPECT_EQ(run("pagesize -a").out, "8192\n65536\n4194304\n268435456\n2147483648\n");
}

// pkg(5) client.py's "{0:49} {1:26} {2}", as real 11.4 hosts print it (the guide's rendering
// collapsed the padding).
TEST_F(HostCommands, PkgListAsSolarisPrintsIt) {
  EXPECT_EQ(run("pkg list brand/brand-solaris-kz").out,
            "NAME (PUBLISHER)                                  VERSION                    IFO\n"
            "system/zones/brand/brand-solaris-kz               11.4-11.4.0.0.1.10.1       i--\n");
  world.find_host("global")->packages.clear();
  const auto missing = run("pkg list brand/brand-solaris-kz");
  EXPECT_EQ(missing.err, "pkg list: no packages matching the following patterns are installed:\n  brand/brand-solaris-kz\n");
  EXPECT_EQ(missing.exit, 1);
}

TEST_F(HostCommands, UsermodAuthsProfilesAsGuideExample52) {
  EXPECT_EQ(run("usermod -P +\"Zone Migration\" -A +solaris.zone.migrate jdoe").exit, 0);
  EXPECT_EQ(run("auths jdoe").out,
            "solaris.admin.wusb.read,solaris.mail.mailq,solaris.network.autoconf.read,solaris.zone.migrate\n");  // one line: the guide's page wraps it
  EXPECT_EQ(run("profiles jdoe").out, "jdoe:\nZone Migration\nBasic Solaris User\nAll\n");
  EXPECT_EQ(run("usermod -A +x nobody").exit, 6);
}

// STATE padded to 14 and STIME to 8, the hour blank-padded (real Solaris 11 transcripts).
TEST_F(HostCommands, SvcsAsSolarisPrintsIt) {
  world.find_host("global")->services.entity("rad:remote")->state = ServiceState::Disabled;
  EXPECT_EQ(run("svcs rad").out,
            "STATE          STIME    FMRI\n"
            "disabled        9:00:00 svc:/system/rad:remote\n"
            "online          9:00:00 svc:/system/rad:local\n"
            "online          9:00:00 svc:/system/rad:local-https\n");
  world.advance(std::chrono::hours(48));
  EXPECT_EQ(run("svcs ntp").out, "STATE          STIME    FMRI\nonline         Feb_01   svc:/network/ntp:default\n");
}

// illumos svcadm's clear_instance(), as a Solaris 11.4 host prints it for an online service.
TEST_F(HostCommands, SvcadmClearRefusesAnInstanceNotInMaintenance) {
  const auto refused = run("svcadm clear svc:/network/ntp:default");
  EXPECT_EQ(refused.err, "svcadm: Instance \"svc:/network/ntp:default\" is not in a maintenance or degraded state.\n");
  EXPECT_EQ(refused.exit, 1);
  world.find_host("global")->services.entity("ntp")->state = ServiceState::Degraded;
  EXPECT_EQ(run("svcadm clear ntp").exit, 0);
  EXPECT_EQ(world.find_host("global")->services.entity("ntp")->state, ServiceState::Online);
}

TEST_F(HostCommands, SvcadmEnablesAndReportsUnknownPatterns) {
  world.find_host("global")->services.entity("rad:remote")->state = ServiceState::Disabled;
  EXPECT_EQ(run("svcadm enable rad:remote").exit, 0);
  EXPECT_EQ(world.find_host("global")->services.entity("rad:remote")->state, ServiceState::Online);
  const auto unknown = run("svcadm enable nosuch");
  EXPECT_EQ(unknown.exit, 1);
  EXPECT_EQ(unknown.err, "svcadm: Pattern 'nosuch' doesn't match any instances\n");
}

TEST_F(HostCommands, SvcadmActsOnEveryInstanceOfAService) {
  // Guide ch.6: "svcadm refresh svc:/system/zones/zone" after setting the target of all zones.
  for (const char* zone : {"kz1", "kz2"}) world.find_host("global")->zones[zone].name = zone;
  const auto refreshed = run("svcadm refresh svc:/system/zones/zone");
  EXPECT_EQ(refreshed.exit, 0);
  EXPECT_EQ(refreshed.err, "");
  EXPECT_EQ(run("svcadm enable svc:/system/zones/zone").exit, 0);
  for (const char* instance : {"svc:/system/zones/zone:kz1", "svc:/system/zones/zone:kz2"})
    EXPECT_EQ(world.find_host("global")->services.entity(instance)->state, ServiceState::Online) << instance;
}

TEST_F(HostCommands, InteractiveSvccfgAsGuideExample61) {
  const auto session = run("svccfg -s system/zones/zone", "global", "setprop evacuation/target=ssh://global2\nexit\n");
  EXPECT_EQ(session.out, "svc:/system/zones/zone> setprop evacuation/target=ssh://global2\n"
                         "svc:/system/zones/zone> exit\n");
  EXPECT_EQ(run("svcprop -p \"evacuation/target\" svc:/system/zones/zone").out, "ssh://global2\n");
}

TEST_F(HostCommands, SvcadmNeedsServiceManagementRights) {
  auto denied = run("svcadm disable ntp", "global", {}, "jdoe");
  EXPECT_EQ(denied.exit, 1);
  EXPECT_EQ(denied.err, "svcadm: svc:/network/ntp:default: Permission denied.\n");
  EXPECT_EQ(world.find_host("global")->services.entity("ntp")->state, ServiceState::Online);
  world.find_host("global")->accounts.find("jdoe")->profiles = {"Service Management"};
  EXPECT_EQ(run("svcadm disable ntp", "global", {}, "jdoe").exit, 0);
  EXPECT_EQ(world.find_host("global")->services.entity("ntp")->state, ServiceState::Disabled);
}

TEST_F(HostCommands, SvcadmAcceptsAWildcardAuthorization) {
  world.find_host("global")->accounts.find("jdoe")->auths = {"solaris.smf.*"};
  EXPECT_EQ(run("svcadm disable ntp", "global", {}, "jdoe").exit, 0);
}

TEST_F(HostCommands, SvccfgSetpropNeedsTheModifyAuthorization) {
  auto& jdoe = *world.find_host("global")->accounts.find("jdoe");
  jdoe.profiles = {"Service Operator"};  // solaris.smf.manage only
  auto denied = run("svccfg -s system/zones/zone setprop evacuation/target=ssh://g2", "global", {}, "jdoe");
  EXPECT_EQ(denied.exit, 1);
  EXPECT_EQ(denied.err, "svccfg: Permission denied.\n");
  EXPECT_EQ(run("svcprop -p evacuation/target svc:/system/zones/zone").exit, 1);
  EXPECT_EQ(run("svccfg -s system/zones/zone refresh", "global", {}, "jdoe").exit, 0);
  jdoe.profiles = {"Service Management"};
  EXPECT_EQ(run("svccfg -s system/zones/zone setprop evacuation/target=ssh://g2", "global", {}, "jdoe").exit, 0);
}

TEST_F(HostCommands, UsermodNeedsRootOrUserManagementThroughPfexec) {
  auto& accounts = world.find_host("global")->accounts;
  accounts.add("admin").profiles = {"User Management"};
  auto denied = run("usermod -P +\"Zone Migration\" jdoe", "global", {}, "admin");
  EXPECT_EQ(denied.exit, 1);
  EXPECT_EQ(denied.err, "UX: usermod: ERROR: Permission denied.\n");
  EXPECT_EQ(run("pfexec usermod -P +\"Zone Migration\" jdoe", "global", {}, "jdoe").exit, 1);
  EXPECT_EQ(run("pfexec usermod -P +\"Zone Migration\" jdoe", "global", {}, "admin").exit, 0);
  EXPECT_EQ(accounts.find("jdoe")->profiles, std::vector<std::string>{"Zone Migration"});
}

TEST_F(HostCommands, AuthsListsWhatProfilesGrant) {
  world.find_host("global")->accounts.find("jdoe")->profiles = {"Service Management"};
  EXPECT_EQ(run("auths jdoe").out,
            "solaris.admin.wusb.read,solaris.mail.mailq,solaris.network.autoconf.read,solaris.smf.manage,"
            "solaris.smf.modify\n");
}

TEST_F(HostCommands, SvcsXCitesManualPagesShortAndXvAsTheGuide) {
  auto* reserve = world.find_host("global")->services.entity("memory-reserve:zones");
  reserve->state = ServiceState::Maintenance;
  reserve->reason = "Requested by service method: \"Invalid service configuration:\n  unsupported page size in config/pagesize.\"";
  const std::string head =
      "svc:/system/memory-reserve:zones (Memory Reservation Service)\n"
      "  State: maintenance since Thu Feb 01 09:00:00 2024\n"
      "  Reason: Requested by service method: \"Invalid service configuration:\n"
      "  unsupported page size in config/pagesize.\"\n"
      "    See: http://support.oracle.com/msg/SMF-8000-AR\n";
  const std::string tail = "    See: /var/svc/log/system-memory-reserve:zones.log\n  Impact: This service is not running.\n";
  EXPECT_EQ(run("svcs -xv svc:/system/memory-reserve:zones").out,
            head + "    See: man -M /usr/share/man -s 8s memory-reserve\n    See: man -M /usr/share/man -s 7 solaris-kz\n" + tail);
  EXPECT_EQ(run("svcs -x").out, head + "    See: memory-reserve(8s)\n    See: solaris-kz(7)\n" + tail);
}

TEST_F(HostCommands, ExplainHostListsEveryReason) {
  world.find_host("intel")->bios["nx"] = false;
  EXPECT_EQ(run("kzsim explain host intel").out,
            "intel (intel-ivybridge) cannot run kernel zones:\n"
            "  - the BIOS does not enable No-eXecute support, also referred to as NX, XD, No-Execute "
            "Memory Protection, No Execute Mode Mem Protection, Execute Disable, or Execute Bit Support "
            "(guide: Hardware Requirements for Oracle Solaris Kernel Zones)\n");
  EXPECT_EQ(run("kzsim explain host global").out, "global (sparc-t4) can run kernel zones.\n");
}

}  // namespace
}  // namespace kzsim::zones
