// A profile's privileged commands (coreadm changes, sysadm maintain) run for root, and for a
// user holding the profile only through pfexec or a profile shell.
#include "zones/rights.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

constexpr std::string_view kProfile = "Maintenance and Repair";

TEST(RunsWithProfile, RootAlwaysAHolderOnlyThroughPfexecOthersNever) {
  Accounts accounts;
  accounts.add("jdoe").profiles.push_back(std::string(kProfile));
  accounts.add("nobody");
  EXPECT_TRUE(runs_with_profile(accounts, {.host = "g", .user = "root", .with_profiles = false}, kProfile));
  EXPECT_TRUE(runs_with_profile(accounts, {.host = "g", .user = "jdoe", .with_profiles = true}, kProfile));
  EXPECT_FALSE(runs_with_profile(accounts, {.host = "g", .user = "jdoe", .with_profiles = false}, kProfile));
  EXPECT_FALSE(runs_with_profile(accounts, {.host = "g", .user = "nobody", .with_profiles = true}, kProfile));
}

}  // namespace
}  // namespace kzsim::zones
