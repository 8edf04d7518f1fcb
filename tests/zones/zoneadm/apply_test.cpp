// zoneadm apply (and the live-apply engine zonecfg -r commit shares): Checking lines, dry run,
// partial vCPU removal, memory live reconfiguration and the strict method.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/zones/zoneadm/zoneadm_fixture.hpp"
#include "zones/zoneadm/guest_workload.hpp"

namespace kzsim::zones {
namespace {

class Apply : public testing::ZoneadmTest {
 protected:
  // A running zone with 16 virtual CPUs and `physical` of memory, memory live reconfiguration
  // as `host_compatible` sets it (empty: not set).
  Zone& running(std::string physical, std::string host_compatible = "memlzr") {
    Zone& zone = add_zone("kz1", ZoneState::Installed, std::move(physical));
    if (!host_compatible.empty()) zone.config.set("host-compatible", host_compatible);
    Resource vcpu{"virtual-cpu", {}, {}};
    vcpu.set("ncpus", "16");
    zone.config.resources.push_back(vcpu);
    EXPECT_EQ(run("zoneadm -z kz1 boot").exit, 0);
    return zone;
  }
  static void set(Zone& zone, std::string_view resource, std::string_view name, std::string value) {
    zone.config.first(resource)->set(name, std::move(value));
  }
  static std::string live(const Zone& zone, std::string_view resource, std::string_view name) {
    return zone.live->first(resource)->get(name).value_or("");
  }
};

TEST_F(Apply, DryRunPrintsTheChecksAndChangesNothing) {
  Zone& zone = running("4G");
  set(zone, "virtual-cpu", "ncpus", "8");
  const auto result = run("zoneadm -z kz1 apply -n");
  EXPECT_EQ(result.exit, 0);
  EXPECT_EQ(result.out, "zone 'kz1': Checking: Modifying virtual-cpu ncpus=8\n");
  EXPECT_EQ(live(zone, "virtual-cpu", "ncpus"), "16");
}

TEST_F(Apply, QuietPrintsNothingButApplies) {
  Zone& zone = running("4G");
  set(zone, "virtual-cpu", "ncpus", "8");
  const auto result = run("zoneadm -z kz1 apply -q");
  EXPECT_EQ(result.interleaved, "");
  EXPECT_EQ(live(zone, "virtual-cpu", "ncpus"), "8");
}

TEST_F(Apply, PinnedCpusStayAndTheRemovalSucceedsPartially) {
  Zone& zone = running("4G");
  host->files.write(guest_workload_path("kz1"), "pinned-cpus: 12-15\n");
  set(zone, "virtual-cpu", "ncpus", "8");
  const auto result = run("zoneadm -z kz1 apply");
  EXPECT_EQ(result.exit, 0);
  std::string expected =
      "zone 'kz1': Checking: Modifying virtual-cpu ncpus=8\n"
      "zone 'kz1': Applying the changes\n";
  for (int cpu : {15, 14, 13, 12}) {
    expected += fmt::format(
        "zone 'kz1': error: dr-cpu failed for cpu id={}: Operation was blocked\n"
        "zone 'kz1': error:          status: CPU is configured for use by the guest\n",
        cpu);
  }
  expected += "zone 'kz1': warning: operation succeeded partially for virtual cpus (requested: 8, final: 12)\n";
  EXPECT_EQ(result.interleaved, expected);
  EXPECT_EQ(live(zone, "virtual-cpu", "ncpus"), "12");
}

TEST_F(Apply, AMalformedWorkloadIsNamed) {
  Zone& zone = running("4G");
  host->files.write(guest_workload_path("kz1"), "pinned-cpus: 15-12\n");
  set(zone, "virtual-cpu", "ncpus", "8");
  const auto result = run("zoneadm -z kz1 apply");
  EXPECT_EQ(result.exit, 1);
  EXPECT_EQ(result.err,
            "/system/volatile/zones/kz1/workload:1: 'pinned-cpus: 15-12': expected 'pinned-cpus: ID[-ID],...' or "
            "'memory-in-use: SIZE'\n");
  EXPECT_EQ(live(zone, "virtual-cpu", "ncpus"), "16");
}

TEST_F(Apply, MemoryNeedsLiveReconfiguration) {
  Zone& zone = running("16G", "");
  set(zone, "capped-memory", "physical", "32G");
  const auto result = run("zoneadm -z kz1 apply");
  EXPECT_EQ(result.exit, 1);
  EXPECT_EQ(result.interleaved,
            "Checking: Modifying capped-memory physical=32G\n"
            "Applying the changes\n"
            "error: Memory reconfiguration not enabled\n"
            "error: Modifying capped-memory physical=32G failed\n");
  EXPECT_EQ(live(zone, "capped-memory", "physical"), "16G");
}

TEST_F(Apply, MemoryGrowsInWholePages) {
  Zone& zone = running("16G");
  set(zone, "capped-memory", "physical", "19G");
  EXPECT_EQ(run("zoneadm -z kz1 apply").err,
            "warning: operation succeeded partially for capped memory (requested: 19G, final: 18G)\n");
  EXPECT_EQ(live(zone, "capped-memory", "physical"), "18G");
  set(zone, "capped-memory", "physical", "20G");
  EXPECT_EQ(run("zoneadm -z kz1 apply").exit, 0);
  EXPECT_EQ(live(zone, "capped-memory", "physical"), "20G");
}

TEST_F(Apply, AShrinkStopsAtWhatTheGuestUsesWithAWarning) {
  Zone& zone = running("28G");
  set(zone, "capped-memory", "physical", "12G");
  const auto result = run("zoneadm -z kz1 apply");
  EXPECT_EQ(result.exit, 0);
  EXPECT_EQ(result.interleaved,
            "Checking: Modifying capped-memory physical=12G\n"
            "Applying the changes\n"
            "warning: operation succeeded partially for capped memory (requested: 12G, final: 14G)\n");
  EXPECT_EQ(live(zone, "capped-memory", "physical"), "14G");
}

TEST_F(Apply, TheWorkloadDecidesWhatMemoryTheGuestGivesBack) {
  Zone& zone = running("28G");
  host->files.write(guest_workload_path("kz1"), "memory-in-use: 3G\n");
  set(zone, "capped-memory", "physical", "12G");
  EXPECT_EQ(run("zoneadm -z kz1 apply").exit, 0);
  EXPECT_EQ(live(zone, "capped-memory", "physical"), "12G");
}

TEST_F(Apply, TheStrictMethodKeepsTheOldSizeAndFails) {
  Zone& zone = running("16G");
  set(zone, "capped-memory", "memlzr", "strict");
  ASSERT_EQ(run("zoneadm -z kz1 apply").exit, 0);
  set(zone, "capped-memory", "physical", "4G");
  const auto result = run("zoneadm -z kz1 apply");
  EXPECT_EQ(result.exit, 1);
  EXPECT_EQ(result.err,
            "error: operation could not reach the required memory settings\n"
            "and the memlzr property was set to 'strict' forcing the\n"
            "operation to fail. Clear the capped-memory's memlzr property to\n"
            "accept partial success.\n"
            "error: Modifying capped-memory physical=4G failed\n");
  EXPECT_EQ(live(zone, "capped-memory", "physical"), "16G");
}

TEST_F(Apply, DevicesAreAddedAndRemovedByStorage) {
  Zone& zone = running("4G");
  Resource device{"device", {}, {}};
  device.set("storage", "dev:/dev/dsk/cNtXd");
  zone.config.resources.push_back(device);
  EXPECT_EQ(run("zoneadm -z kz1 apply").out,
            "zone 'kz1': Checking: Adding device storage=dev:/dev/dsk/cNtXd\n"
            "zone 'kz1': Applying the changes\n");
  zone.config.resources.pop_back();
  EXPECT_EQ(run("zoneadm -z kz1 apply").out,
            "zone 'kz1': Checking: Removing device storage=dev:/dev/dsk/cNtXd\n"
            "zone 'kz1': Applying the changes\n");
  EXPECT_EQ(*zone.live, zone.config);
}

TEST_F(Apply, RefusesAZoneNotRunning) {
  add_zone("kz1", ZoneState::Installed);
  const auto result = run("zoneadm -z kz1 apply");
  EXPECT_EQ(result.exit, 1);
  EXPECT_EQ(result.err, "zoneadm: zone 'kz1': zone is installed; expected a running zone to apply its configuration to.\n");
}

}  // namespace
}  // namespace kzsim::zones
