// Live migration's pre-copy as the guest's dirty rate grows: more rounds, and beyond the link's
// bandwidth no convergence, with the zone still running on the source.
#include <gtest/gtest.h>

#include "tests/zones/migration/live_world.hpp"

namespace kzsim::zones {
namespace {

using testing::CaptureStreams;
using testing::LiveWorld;

int rounds_in(const std::string& progress) {
  int rounds = 0;
  for (std::size_t at = progress.find("Pre-copy round"); at != std::string::npos;
       at = progress.find("Pre-copy round", at + 1))
    ++rounds;
  return rounds;
}

TEST(PrecopyRate, RoundsGrowWithTheGuestsDirtyRate) {
  int previous = 0;
  for (const char* rate : {"0", "256M", "512M", "900M"}) {
    SCOPED_TRACE(rate);
    LiveWorld live(rate);
    CaptureStreams streams;
    ASSERT_EQ(live.migrate(streams), 0) << streams.err_text();
    const int rounds = rounds_in(streams.out_text());
    EXPECT_GT(rounds, previous) << streams.out_text();
    previous = rounds;
    EXPECT_TRUE(live.running_on("global2"));
  }
}

TEST(PrecopyRate, TooHighARateDoesNotConvergeAndTheZoneKeepsRunningOnTheSource) {
  LiveWorld live("2G");  // faster than the 10 Gbit/s link
  CaptureStreams streams;
  EXPECT_EQ(live.migrate(streams), 1);
  EXPECT_NE(streams.err_text().find("memory did not converge after 30 pre-copy rounds"), std::string::npos)
      << streams.err_text();
  EXPECT_NE(streams.err_text().find("the zone keeps running on global1"), std::string::npos);
  EXPECT_TRUE(live.running_on("global1"));
  EXPECT_EQ(live.zone_on("global2"), nullptr);
}

}  // namespace
}  // namespace kzsim::zones
