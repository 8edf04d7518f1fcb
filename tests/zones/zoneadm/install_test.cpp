#include <regex>

#include "tests/zones/zoneadm/zoneadm_fixture.hpp"
#include "zones/migration/host_data.hpp"

namespace kzsim::zones {
namespace {

using Install = testing::ZoneadmTest;

TEST_F(Install, GivesTheZoneARandomUuidFromTheSeed) {
  add_zone("kz1", ZoneState::Configured).uuid.clear();
  add_zone("kz2", ZoneState::Configured).uuid.clear();
  ASSERT_EQ(run("zoneadm -z kz1 install").exit, 0);
  ASSERT_EQ(run("zoneadm -z kz2 install").exit, 0);
  const std::string first = host->find_zone("kz1")->uuid, second = host->find_zone("kz2")->uuid;
  EXPECT_TRUE(std::regex_match(first, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")))
      << first;
  EXPECT_NE(first, second);
  EXPECT_NE(run("zoneadm -z kz1 list -p").out.find(":" + first + ":solaris-kz:"), std::string::npos);

  World again;  // same seed, same steps: the same UUID
  Host& other = again.add_host(testing::host_on(sparc, "global"));
  Zone copy;
  copy.name = "kz1";
  copy.config = host->find_zone("kz1")->config;
  other.zones["kz1"] = copy;
  scenario::RunStep step;
  step.command = "zoneadm -z kz1 install";
  step.host = "global";
  ASSERT_EQ(again.run(step).exit, 0);
  EXPECT_EQ(other.find_zone("kz1")->uuid, first);
}

TEST_F(Install, WritesHostDataOnTheBootStorage) {
  add_zone("kz1", ZoneState::Configured);
  ASSERT_EQ(run("zoneadm -z kz1 install").exit, 0);
  const auto read = read_host_data(world, *host, *host->find_zone("kz1"));
  ASSERT_TRUE(read.data) << read.refusal;
  const HostData* data = &*read.data;
  EXPECT_EQ(data->state, "installed");
  EXPECT_EQ(data->hostid, host->hostid);
  EXPECT_EQ(data->hostname, "global");
}

TEST_F(Install, RefusesBootStorageThatDoesNotExist) {
  Zone& zone = add_zone("kz1", ZoneState::Configured);
  Resource device{"device", {}, {}};
  device.set("storage", "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60099");
  zone.config.resources.push_back(device);
  const auto refused = run("zoneadm -z kz1 install");
  EXPECT_EQ(refused.exit, 1);
  EXPECT_NE(refused.err.find("boot storage iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60099 is not reachable"),
            std::string::npos)
      << refused.err;
  EXPECT_EQ(host->find_zone("kz1")->state, ZoneState::Configured);
}

}  // namespace
}  // namespace kzsim::zones
