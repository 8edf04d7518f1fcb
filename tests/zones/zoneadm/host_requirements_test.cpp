// Every hardware and software requirement of guide ch.1 "Software and Hardware Requirements for
// Oracle Solaris Kernel Zones", enforced where it applies: on a host lacking it, zoneadm install,
// boot, ready and attach refuse, a migration to it is refused, and sysadm evacuate's planner does
// not choose it; virtinfo hides kernel-zone there. A host meeting them all installs and boots.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <fmt/format.h>

#include "core/scenario/load.hpp"
#include "zones/evacuation/planner.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/zone_memory.hpp"

namespace kzsim::zones {
namespace {

constexpr std::string_view kStorage = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60001";

struct Requirement {
  std::string name;
  std::string good;    // a host of the same architecture that meets every requirement
  std::string bad;     // the host lacking this one, as a scenario's flow mapping
  std::string reason;  // what the refusal names
};

std::ostream& operator<<(std::ostream& out, const Requirement& requirement) { return out << requirement.name; }

class HostRequirement : public ::testing::TestWithParam<Requirement> {
 protected:
  std::unique_ptr<World> world;

  void SetUp() override {
    const std::string text = fmt::format(
        "format: 1\nname: requirement\nhosts:\n  good: {}\n  bad: {}\nstorage:\n  - uri: {}\n    size: 16G\n"
        "steps:\n  - run: 'true'\n",
        GetParam().good, GetParam().bad, kStorage);
    auto built = scenario::build_world(scenario::load_scenario_text(text, "requirement.yaml"));
    world.reset(dynamic_cast<World*>(built.release()));
  }

  scenario::Transcript run(const std::string& host, std::string command) {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = host;
    return world->run(step);
  }

  std::string refusal() const {
    return fmt::format("zone 'kz': error: kernel-zone is not supported on this system: {}; expected a host that "
                       "virtinfo lists kernel-zone supported on (kzsim explain host bad)\n",
                       GetParam().reason);
  }

  void configure(const std::string& host) {
    ASSERT_EQ(run(host, fmt::format("zonecfg -z kz 'create -t SYSsolaris-kz; select device id=0; set storage={}; "
                                    "end; select capped-memory; set physical=2G; end; commit'",
                                    kStorage))
                  .exit,
              0);
  }
};

TEST_P(HostRequirement, VirtinfoHidesKernelZones) {
  EXPECT_EQ(run("bad", "virtinfo -c supported list -H -o name kernel-zone").out, "");
  EXPECT_EQ(run("good", "virtinfo -c supported list -H -o name kernel-zone").out, "kernel-zone\n");
}

TEST_P(HostRequirement, InstallIsRefused) {
  configure("bad");
  const auto install = run("bad", "zoneadm -z kz install");
  EXPECT_EQ(install.exit, 1);
  EXPECT_EQ(install.out, "");
  EXPECT_EQ(install.err, refusal());
  EXPECT_EQ(world->find_host("bad")->find_zone("kz")->state, ZoneState::Configured);
}

TEST_P(HostRequirement, BootAndReadyAreRefusedOnAHostThatLostIt) {
  // The zone installed where kernel zones ran; the host then lacks the requirement (the BIOS
  // switch turned off, the package removed, ...): modelled by giving the lacking host that zone.
  configure("good");
  ASSERT_EQ(run("good", "zoneadm -z kz install").exit, 0);
  Zone zone = *world->find_host("good")->find_zone("kz");
  world->find_host("bad")->zones["kz"] = zone;
  world->find_host("good")->zones.erase("kz");
  for (const std::string subcommand : {"boot", "ready"}) {
    const auto refused = run("bad", "zoneadm -z kz " + subcommand);
    EXPECT_EQ(refused.exit, 1) << subcommand;
    EXPECT_EQ(refused.err, refusal()) << subcommand;
    EXPECT_EQ(world->find_host("bad")->find_zone("kz")->state, ZoneState::Installed) << subcommand;
  }
}

TEST_P(HostRequirement, AttachIsRefused) {
  configure("good");
  ASSERT_EQ(run("good", "zoneadm -z kz install && zoneadm -z kz detach").exit, 0);
  // Its configuration on the lacking host, as zonecfg -f would leave it (an 11.1 host's zonecfg
  // cannot import an 11.4 kernel zone's configuration at all).
  Zone configured;
  configured.name = "kz";
  configured.config = world->find_host("good")->find_zone("kz")->config;
  world->find_host("bad")->zones["kz"] = configured;
  const auto attach = run("bad", "zoneadm -z kz attach");
  EXPECT_EQ(attach.exit, 1);
  EXPECT_EQ(attach.err, refusal());
  EXPECT_EQ(world->find_host("bad")->find_zone("kz")->state, ZoneState::Configured);
}

TEST_P(HostRequirement, MigrationToItIsRefused) {
  configure("good");
  ASSERT_EQ(run("good", "zoneadm -z kz install").exit, 0);
  const auto migrate = run("good", "zoneadm -z kz migrate ssh://bad");
  EXPECT_EQ(migrate.exit, 1);
  EXPECT_NE(migrate.err.find(fmt::format("bad cannot run kernel zones: {} (see \"", GetParam().reason)),
            std::string::npos)
      << migrate.err;
  EXPECT_EQ(world->find_host("good")->find_zone("kz")->state, ZoneState::Installed);
}

TEST_P(HostRequirement, EvacuationPlannerPassesItOver) {
  ZoneConfig config;
  Resource capped{"capped-memory", {}, {}};
  capped.set("physical", "2G");
  config.resources.push_back(capped);
  std::string error;
  const auto memory = zone_memory_request(config, error);
  ASSERT_TRUE(memory) << error;
  const std::vector<PlanTarget> targets{{"ssh://bad", world->find_host("bad")}, {"ssh://good", world->find_host("good")}};
  const auto placed = plan_evacuation({{"kz", *memory, 1, {"ssh://bad", "ssh://good"}}}, targets);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_EQ(placed[0].uri, "ssh://good");
  const auto nowhere = plan_evacuation({{"kz", *memory, 1, {"ssh://bad"}}}, targets);
  EXPECT_EQ(nowhere[0].uri, "");
  EXPECT_EQ(nowhere[0].problem, fmt::format("fits on no evacuation target: bad: cannot run kernel zones: {}", GetParam().reason));
}

TEST_P(HostRequirement, AHostMeetingThemAllInstallsAndBoots) {
  configure("good");
  const auto booted = run("good", "zoneadm -z kz install && zoneadm -z kz boot");
  EXPECT_EQ(booted.exit, 0) << booted.err;
  EXPECT_EQ(world->find_host("good")->find_zone("kz")->state, ZoneState::Running);
}

constexpr std::string_view kSparc = "{machine: sparc-t7}";
constexpr std::string_view kIntel = "{machine: intel-haswell}";

INSTANTIATE_TEST_SUITE_P(
    GuideChapter1, HostRequirement,
    ::testing::Values(
        Requirement{"SparcT3", std::string(kSparc), "{machine: sparc-t3}", "SPARC T3 processors cannot host kernel zones"},
        Requirement{"IntelPenryn", std::string(kIntel), "{machine: intel-penryn}",
                    "Penryn processors cannot host kernel zones"},
        Requirement{"SparcT4Below88", std::string(kSparc), "{machine: sparc-t4, firmware: '8.7'}",
                    "System Firmware 8.7 is below 8.8, the minimum for kernel zones on SPARC T4"},
        Requirement{"SparcT5Below95", std::string(kSparc), "{machine: sparc-t5, firmware: '9.4.2'}",
                    "System Firmware 9.4.2 is below 9.5, the minimum for kernel zones on SPARC T5"},
        Requirement{"VirtualBoxGuest", std::string(kIntel), "{machine: intel-haswell, virtualization: virtualbox}",
                    "kernel zones cannot run on Oracle VM VirtualBox"},
        Requirement{"OvmX86Guest", std::string(kIntel), "{machine: intel-haswell, virtualization: ovm-x86-guest}",
                    "kernel zones cannot run in Oracle VM Server for x86 guests"},
        Requirement{"VtxOff", std::string(kIntel), "{machine: intel-haswell, bios: {vt-x: false}}",
                    "the BIOS does not enable CPU virtualization (for example, VT-x)"},
        Requirement{"AmdVOff", std::string(kIntel), "{machine: amd-zen, bios: {svm: false}}",
                    "the BIOS does not enable CPU virtualization (for example, VT-x)"},
        Requirement{"EptOff", std::string(kIntel), "{machine: intel-haswell, bios: {ept: false}}",
                    "the BIOS does not enable Extended/Nested Page Table support, also referred to as EPT, NPT, or "
                    "Rapid Virtualization Indexing (RVI)"},
        Requirement{"NptOff", std::string(kIntel), "{machine: amd-zen, bios: {npt: false}}",
                    "the BIOS does not enable Extended/Nested Page Table support, also referred to as EPT, NPT, or "
                    "Rapid Virtualization Indexing (RVI)"},
        Requirement{"NxOff", std::string(kIntel), "{machine: intel-haswell, bios: {nx: false}}",
                    "the BIOS does not enable No-eXecute support, also referred to as NX, XD, No-Execute Memory "
                    "Protection, No Execute Mode Mem Protection, Execute Disable, or Execute Bit Support"},
        Requirement{"MicrocodeIncompatible", std::string(kIntel), "{machine: intel-haswell, microcode: incompatible}",
                    "the CPU microcode level is not compatible with kernel zones"},
        Requirement{"BrandPackageMissing", std::string(kSparc),
                    "{machine: sparc-t7, packages: {brand/brand-solaris-kz: absent}}",
                    "the kernel zone brand package brand/brand-solaris-kz is not installed"},
        Requirement{"Release11_1", std::string(kSparc), "{machine: sparc-t7, os: '11.1'}",
                    "Oracle Solaris 11.1 is older than 11.2, the first release with kernel zones"},
        Requirement{"MemoryBelow8G", std::string(kSparc), "{machine: sparc-t7, memory: 4G}",
                    "the host has 4G of physical RAM; kernel zones need at least 8GB"}),
    [](const ::testing::TestParamInfo<Requirement>& info) { return info.param.name; });

}  // namespace
}  // namespace kzsim::zones
