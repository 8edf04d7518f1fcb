// The world builder: what it refuses (with the scenario's file:line:col) and the defaults a host
// gets when its scenario says nothing.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/scenario/load.hpp"
#include "zones/world.hpp"

namespace kzsim::scenario {
namespace {

// A scenario file "s.yaml" with one host g1 whose description is `host_lines` (indented by 4).
std::string scenario_text(const std::string& host_lines, std::uint64_t seed = 1) {
  return fmt::format("format: 1\nname: t\nseed: {}\nhosts:\n  g1:\n{}steps:\n  - run: 'true'\n", seed,
                     host_lines);
}

std::unique_ptr<zones::World> build(const Scenario& scenario) {
  auto world = build_world(scenario);
  return std::unique_ptr<zones::World>(dynamic_cast<zones::World*>(world.release()));
}

std::unique_ptr<zones::World> build(const std::string& host_lines, std::uint64_t seed = 1) {
  return build(load_scenario_text(scenario_text(host_lines, seed), "s.yaml"));
}

std::string refusal(const Scenario& scenario) {
  try {
    build_world(scenario);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(accepted)";
}

std::string refusal(const std::string& host_lines) {
  return refusal(load_scenario_text(scenario_text(host_lines), "s.yaml"));
}

TEST(WorldBuilder, UnknownMachineListsCloseMatches) {
  EXPECT_EQ(refusal("    machine: sparc-t9\n"),
            "s.yaml:6:14: host 'g1': unknown machine 'sparc-t9'; expected a model id from 'kzsim "
            "models' (did you mean sparc-t2, sparc-t3, sparc-t4, sparc-t5, sparc-t7, sparc-t8, sparc-m5, "
            "sparc-m6, sparc-m7, sparc-m8, sparc-s7?)");
}

TEST(WorldBuilder, FirmwareMustBeAVersion) {
  EXPECT_EQ(refusal("    machine: sparc-t5\n    firmware: nine\n"),
            "s.yaml:7:15: host 'g1': firmware 'nine' is not a version; expected numbers separated by "
            "dots, such as 9.5.2");
}

TEST(WorldBuilder, OsMustBeAnOracleSolaris11Release) {
  EXPECT_EQ(refusal("    machine: sparc-t5\n    os: '10'\n"),
            "s.yaml:7:9: host 'g1': os '10' is not an Oracle Solaris 11 release; expected 11.2, 11.3, "
            "11.4 or an 11.4 SRU such as 11.4.81");
  EXPECT_EQ(refusal("    machine: sparc-t5\n    os: '11.3.5'\n"),
            "s.yaml:7:9: host 'g1': os '11.3.5' is not an Oracle Solaris 11 release; expected 11.2, "
            "11.3, 11.4 or an 11.4 SRU such as 11.4.81");
}

TEST(WorldBuilder, VirtualizationMustExistOnTheArchitecture) {
  EXPECT_EQ(refusal("    machine: sparc-t5\n    virtualization: hyper-v\n"),
            "s.yaml:7:21: host 'g1': virtualization 'hyper-v'; expected bare-metal, ldom-guest, "
            "ovm-x86-guest, virtualbox, vmware or kvm");
  EXPECT_EQ(refusal("    machine: intel-haswell\n    virtualization: ldom-guest\n"),
            "s.yaml:7:21: host 'g1': virtualization 'ldom-guest' does not exist on x86 machine "
            "'intel-haswell'");
  EXPECT_EQ(refusal("    machine: sparc-t5\n    virtualization: kvm\n"),
            "s.yaml:7:21: host 'g1': virtualization 'kvm' does not exist on SPARC machine 'sparc-t5'");
  EXPECT_EQ(refusal("    machine: sparc-t5\n    virtualization: virtualbox\n"),
            "s.yaml:7:21: host 'g1': virtualization 'virtualbox' does not exist on SPARC machine "
            "'sparc-t5'");
}

TEST(WorldBuilder, BiosSwitchOnSparcIsRefused) {
  EXPECT_EQ(refusal("    machine: sparc-t5\n    bios: {vt-x: false}\n"),
            "s.yaml:7:18: host 'g1': bios 'vt-x' given for SPARC machine 'sparc-t5'; BIOS switches "
            "apply to x86 hosts only");
}

TEST(WorldBuilder, UnknownBiosSwitchNamesTheFirmwareTablesSwitches) {
  // The loader already refuses unknown keys; the builder must still refuse what it is given.
  Scenario scenario = load_scenario_text(scenario_text("    machine: intel-haswell\n    bios: {nx: true}\n"), "s.yaml");
  auto switch_value = scenario.hosts[0].bios.at("nx");
  scenario.hosts[0].bios = {{"turbo", switch_value}};
  EXPECT_EQ(refusal(scenario),
            "s.yaml:7:16: host 'g1': BIOS switch 'turbo' for intel-haswell: expected one of: vt-x, svm, "
            "amd-v, ept, npt, rvi, nx, xd");
}

TEST(WorldBuilder, MicrocodeIsCompatibleOrIncompatible) {
  Scenario scenario =
      load_scenario_text(scenario_text("    machine: intel-haswell\n    microcode: compatible\n"), "s.yaml");
  scenario.hosts[0].microcode->value = "old";
  EXPECT_EQ(refusal(scenario), "s.yaml:7:16: host 'g1': microcode 'old'; expected compatible or incompatible");
}

TEST(WorldBuilder, PackageStateIsInstalledOrAbsent) {
  EXPECT_EQ(refusal("    machine: sparc-t5\n    packages: {rad-zonemgr: removed}\n"),
            "s.yaml:7:29: host 'g1': package 'rad-zonemgr' is 'removed'; expected installed or absent");
}

TEST(WorldBuilder, ServiceMustBeKnownWithAKnownState) {
  EXPECT_EQ(refusal("    machine: sparc-t5\n    services: {ntp: sleeping}\n"),
            "s.yaml:7:21: host 'g1': service 'ntp' state 'sleeping'; expected online, offline, disabled, "
            "maintenance or degraded");
  EXPECT_EQ(refusal("    machine: sparc-t5\n    services: {rad: online}\n"),
            "s.yaml:7:21: host 'g1': service 'rad' names several instances; expected one of rad:local, "
            "rad:local-https, rad:remote, ntp, kz-migr:stream, memory-reserve:zones");
  EXPECT_EQ(refusal("    machine: sparc-t5\n    services: {sendmail: online}\n"),
            "s.yaml:7:26: host 'g1': service 'sendmail' is unknown; expected one of rad:local, "
            "rad:local-https, rad:remote, ntp, kz-migr:stream, memory-reserve:zones");
}

TEST(WorldBuilder, MemoryBelowWhatSolarisInstallsOnIsRefused) {
  EXPECT_EQ(refusal("    machine: sparc-t5\n    memory: 512M\n"),
            "s.yaml:7:13: host 'g1': memory 512M; expected at least 1G, the least Oracle Solaris 11 installs on");
  EXPECT_EQ(refusal("    machine: sparc-t5\n    memory: 1G\n"), "(accepted)");
}

TEST(WorldBuilder, StorageUriMustBeAStorageUri) {
  const auto with_storage = [](const std::string& uri) {
    return refusal(load_scenario_text(fmt::format("format: 1\nname: t\nhosts:\n  g1: {{machine: sparc-t5}}\n"
                                                  "storage:\n  - uri: {}\n    size: 16G\nsteps:\n  - run: 'true'\n",
                                                  uri),
                                      "s.yaml"));
  };
  EXPECT_EQ(with_storage("dev:/dev/../etc/passwd"),
            "s.yaml:6:10: dev:/dev/../etc/passwd: not a valid storage URI; expected a device path in the /dev name "
            "space, without . or .. components");
  EXPECT_EQ(with_storage("iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60001"), "(accepted)");
}

TEST(WorldBuilder, FirmwareDefaultsToTheNewestOfTheFamily) {
  const auto world = build("    machine: sparc-t5\n");
  const zones::Host& host = *world->find_host("g1");
  const auto* floor = catalog::Catalog::builtin().find_firmware(host.model->firmware_family);
  ASSERT_NE(floor, nullptr);
  EXPECT_EQ(host.firmware.text(), floor->newest);
  EXPECT_EQ(build("    machine: sparc-t5\n    firmware: '9.5.2'\n")->find_host("g1")->firmware.text(), "9.5.2");
}

TEST(WorldBuilder, OsDefaultsToTheNewest114Sru) {
  EXPECT_EQ(build("    machine: sparc-t5\n")->find_host("g1")->os.text(), "11.4.81");
  EXPECT_EQ(build("    machine: sparc-t5\n    os: '11.3'\n")->find_host("g1")->os.text(), "11.3");
}

TEST(WorldBuilder, MemoryDefaultsToTheModelsConfiguration) {
  const auto world = build("    machine: intel-haswell\n");
  const zones::Host& host = *world->find_host("g1");
  EXPECT_EQ(host.memory, host.model->default_memory);
  EXPECT_EQ(build("    machine: intel-haswell\n    memory: 4G\n")->find_host("g1")->memory, 4 * GiB);
}

TEST(WorldBuilder, ServicesAreOnlineExceptMemoryReserve) {
  const auto world = build("    machine: sparc-t5\n");
  for (const auto& [fmri, service] : world->find_host("g1")->services.all()) {
    const auto expected =
        fmri == "svc:/system/memory-reserve:zones" ? zones::ServiceState::Disabled : zones::ServiceState::Online;
    EXPECT_EQ(service.state, expected) << fmri;
  }
  auto changed = build("    machine: sparc-t5\n    services: {memory-reserve:zones: online, ntp: maintenance}\n");
  auto& services = changed->find_host("g1")->services;
  EXPECT_EQ(services.instances("memory-reserve:zones").front()->state, zones::ServiceState::Online);
  EXPECT_EQ(services.instances("ntp").front()->state, zones::ServiceState::Maintenance);
}

TEST(WorldBuilder, PackagesDefaultToBothInstalled) {
  EXPECT_EQ(build("    machine: sparc-t5\n")->find_host("g1")->packages,
            (std::set<std::string>{"brand/brand-solaris-kz", "rad-zonemgr"}));
  EXPECT_EQ(build("    machine: sparc-t5\n    packages: {brand/brand-solaris-kz: absent}\n")->find_host("g1")->packages,
            (std::set<std::string>{"rad-zonemgr"}));
}

TEST(WorldBuilder, HostidFollowsTheSeed) {
  const std::uint32_t first = build("    machine: sparc-t5\n", 7)->find_host("g1")->hostid;
  EXPECT_EQ(build("    machine: sparc-t5\n", 7)->find_host("g1")->hostid, first);
  EXPECT_NE(build("    machine: sparc-t5\n", 8)->find_host("g1")->hostid, first);
}

TEST(WorldBuilder, EveryHostHoldsTheGuidesStandardFiles) {
  const auto world = build("    machine: sparc-t5\n");
  const auto& files = world->find_host("g1")->files;
  EXPECT_NE(files.read("/usr/share/auto_install/manifest/default.xml")->find("<ai_instance name=\"default\">"),
            std::string::npos);
  EXPECT_NE(files.read("/usr/share/auto_install/sc_profiles/enable_sci.xml")->find("system/config-user"),
            std::string::npos);
}

TEST(WorldBuilder, ScenarioFilesReplaceStandardFiles) {
  const std::string text = scenario_text("    machine: sparc-t5\n") +
                           "files:\n  g1:\n    /usr/share/auto_install/manifest/default.xml: |\n      mine\n";
  const auto world = build(load_scenario_text(text, "s.yaml"));
  EXPECT_EQ(world->find_host("g1")->files.read("/usr/share/auto_install/manifest/default.xml"), "mine\n");
}

}  // namespace
}  // namespace kzsim::scenario
