// A zone that arrives by live migration gets the target's next zone id, never one already in use
// there.
#include <gtest/gtest.h>

#include "tests/zones/migration/live_world.hpp"

namespace kzsim::zones {
namespace {

using testing::CaptureStreams;
using testing::LiveWorld;

TEST(MigratedZoneId, IsTheTargetsNextIdNotTheSourcesId) {
  LiveWorld live("0");
  const auto other = live.run(
      "zonecfg -z other 'create -t SYSsolaris-kz-minimal; commit' && zoneadm -z other install && "
      "zoneadm -z other boot",
      "global2");
  ASSERT_EQ(other.exit, 0) << other.err;
  const int other_id = live.world->find_host("global2")->find_zone("other")->id;
  ASSERT_EQ(live.zone_on("global1")->id, other_id);  // both hosts started counting at 1

  CaptureStreams streams;
  ASSERT_EQ(live.migrate(streams), 0) << streams.err_text();
  EXPECT_EQ(live.zone_on("global2")->id, other_id + 1);
}

}  // namespace
}  // namespace kzsim::zones
