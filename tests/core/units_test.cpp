#include "core/units.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace kzsim {

TEST(ParseSize, AcceptsSolarisSpellings) {
  EXPECT_EQ(parse_size("8G"), 8 * GiB);
  EXPECT_EQ(parse_size("16g"), 16 * GiB);
  EXPECT_EQ(parse_size("2048m"), 2 * GiB);
  EXPECT_EQ(parse_size("256M"), 256 * MiB);
  EXPECT_EQ(parse_size("2T"), 2 * TiB);
  EXPECT_EQ(parse_size("4096"), 4096u);
  EXPECT_EQ(parse_size("1.5G"), 3 * GiB / 2);
  EXPECT_EQ(parse_size("64GB"), 64 * GiB);
}

TEST(ParseSize, RefusesWhatIsNotASize) {
  EXPECT_FALSE(parse_size(""));
  EXPECT_FALSE(parse_size("G"));
  EXPECT_FALSE(parse_size("8X"));
  EXPECT_FALSE(parse_size("-8G"));
  EXPECT_FALSE(parse_size("0.3"));  // not a whole number of bytes
}

TEST(RequireSize, NamesTheInputAndTheExpectedForm) {
  try {
    require_size("lots", "capped-memory:physical");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "capped-memory:physical: 'lots' is not a size; expected a number with an "
                 "optional unit K, M, G or T (for example 16G or 2048m)");
  }
}

TEST(FormatSize, PrintsTheShortestExactSpelling) {
  EXPECT_EQ(format_size(4 * GiB), "4G");
  EXPECT_EQ(format_size(4 * GiB + 3 * GiB / 4), "4.75G");
  EXPECT_EQ(format_size(256 * MiB), "256M");
  // Found by the parsers fuzz harness: bytes * 100 wrapped, so the size printed back wrong.
  EXPECT_EQ(format_size(4409934234992855296ULL), "4409934234992855296");
  EXPECT_EQ(parse_size(format_size(4409934234992855296ULL)), 4409934234992855296ULL);
  EXPECT_EQ(format_size(2 * TiB), "2T");
  EXPECT_EQ(format_size(1000), "1000");
  EXPECT_EQ(format_size(14 * GiB), "14G");
}

TEST(ParseDuration, AcceptsScenarioUnits) {
  EXPECT_EQ(parse_duration("10m"), std::chrono::minutes(10));
  EXPECT_EQ(parse_duration("0.1ms"), std::chrono::microseconds(100));
  EXPECT_EQ(parse_duration("2h"), std::chrono::hours(2));
  EXPECT_FALSE(parse_duration("10"));
  EXPECT_FALSE(parse_duration("soon"));
  // Beyond what 64-bit nanoseconds hold: refused, never wrapped to a negative duration.
  EXPECT_FALSE(parse_duration("3000000h"));
  EXPECT_EQ(duration_nanoseconds("3000000h"), 3000000 * 3600e9L);
}

TEST(ParseBandwidth, AcceptsBitsPerSecond) {
  EXPECT_EQ(parse_bandwidth("10Gbit/s"), 10'000'000'000ULL);
  EXPECT_EQ(parse_bandwidth("100Mbit/s"), 100'000'000ULL);
  EXPECT_FALSE(parse_bandwidth("fast"));
}

}  // namespace kzsim
