#include "core/sim_clock.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace kzsim {
namespace {

TEST(SimClock, RefusesToPassTheEndOfItsRangeAndStaysWhereItWas) {
  SimClock clock;
  clock.advance(SimClock::kRange - std::chrono::hours(1));
  EXPECT_EQ(clock.format("%Y"), "2316");
  EXPECT_THROW(clock.advance(std::chrono::hours(2)), InputError);
  EXPECT_EQ(clock.remaining(), std::chrono::hours(1));
  clock.advance(std::chrono::hours(1));
  EXPECT_EQ(clock.format("%Y-%m-%d %H:%M:%S UTC"), SimClock::range_end());
  EXPECT_THROW(clock.advance(std::chrono::nanoseconds(1)), InputError);
}

TEST(SimClock, RefusesToGoBack) {
  SimClock clock;
  EXPECT_THROW(clock.advance(std::chrono::seconds(-1)), InputError);
  EXPECT_EQ(clock.format("%Y-%m-%d %H:%M"), "2024-02-01 09:00");
}

}  // namespace
}  // namespace kzsim
