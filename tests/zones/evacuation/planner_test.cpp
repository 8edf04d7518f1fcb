// The evacuation planner: spreading, capacity in memory (page-aligned) and CPUs, and what fits nowhere.
#include "tests/zones/evacuation/evacuation_fixture.hpp"
#include "zones/evacuation/planner.hpp"

namespace kzsim::zones {
namespace {

using Planner = testing::EvacuationWorld;

PlacementRequest request(std::string zone, Bytes amount, int cpus = 1) {
  PlacementRequest placement;
  placement.zone = std::move(zone);
  placement.memory.page_size.amount = amount;
  placement.cpus = cpus;
  placement.uris = {"ssh://global2", "ssh://global3"};
  return placement;
}

TEST_F(Planner, SpreadsZonesOverTheTargetWithMostFreeMemory) {
  add_zone("resident", ZoneState::Running, "solaris-kz", "8G", "global2");
  host("global2").zones["resident"].backing_page_size = 256ULL << 20;
  const auto placements = plan_evacuation(
      {request("a", 16 * GiB), request("b", 16 * GiB), request("c", 16 * GiB)},
      {{"ssh://global2", &host("global2")}, {"ssh://global3", &host("global3")}});
  EXPECT_EQ(placements[0].uri, "ssh://global3");
  EXPECT_EQ(placements[1].uri, "ssh://global2");
  EXPECT_EQ(placements[2].uri, "ssh://global3");
}

TEST_F(Planner, SaysWhyAZoneFitsNowhere) {
  host("global2").cores = 1;  // 8 threads
  const auto placements = plan_evacuation({request("huge", 100 * GiB), request("wide", 1 * GiB, 9)},
                                          {{"ssh://global2", &host("global2")}, {"ssh://global3", nullptr}});
  EXPECT_EQ(placements[0].uri, "");
  EXPECT_NE(placements[0].problem.find("fits on no evacuation target: global2: "), std::string::npos)
      << placements[0].problem;
  EXPECT_NE(placements[0].problem.find("ssh://global3: no such host"), std::string::npos);
  EXPECT_EQ(placements[1].problem,
            "fits on no evacuation target: global2: needs 9 virtual CPUs, 8 free; ssh://global3: no such host");
}

TEST_F(Planner, ZoneCpusComeFromVirtualOrDedicatedCpu) {
  ZoneConfig config;
  EXPECT_EQ(zone_cpus(config), 1);
  Resource dedicated{"dedicated-cpu", {}, {}};
  dedicated.set("ncpus", "6");
  config.resources.push_back(dedicated);
  EXPECT_EQ(zone_cpus(config), 6);
  Resource virtual_cpu{"virtual-cpu", {}, {}};
  virtual_cpu.set("ncpus", "4");
  config.resources.push_back(virtual_cpu);
  EXPECT_EQ(zone_cpus(config), 4);
}

}  // namespace
}  // namespace kzsim::zones
