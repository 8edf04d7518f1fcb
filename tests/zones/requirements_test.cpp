#include "zones/requirements.hpp"

#include <gtest/gtest.h>

#include "tests/zones/host_fixture.hpp"

namespace kzsim::zones {
namespace {

std::vector<std::string> reasons(const Host& host) {
  std::vector<std::string> text;
  for (const auto& blocker : kernel_zone_blockers(host)) text.push_back(blocker.reason);
  return text;
}

TEST(Requirements, CapableHostHasNoBlocker) {
  const auto model = testing::sparc_model();
  EXPECT_TRUE(kernel_zone_blockers(testing::host_on(model)).empty());
}

TEST(Requirements, OldProcessorGenerationIsABlocker) {
  auto model = testing::sparc_model();
  model.kernel_zones = false;
  model.family = "SPARC T2";
  const auto found = kernel_zone_blockers(testing::host_on(model));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].reason, "SPARC T2 processors cannot host kernel zones");
  EXPECT_EQ(found[0].section, "Hardware Requirements for Oracle Solaris Kernel Zones");
}

TEST(Requirements, EveryReasonIsReportedAtOnce) {
  const auto model = testing::x86_model();
  auto host = testing::host_on(model);
  host.bios = {{"vt-x", false}, {"ept", false}, {"nx", false}};
  host.microcode_compatible = false;
  host.memory = 4ULL << 30;
  host.packages.clear();
  host.os = catalog::Version{{11, 1}};
  host.virtualization = Virtualization::VirtualBox;
  EXPECT_EQ(reasons(host),
            (std::vector<std::string>{
                "the BIOS does not enable CPU virtualization (for example, VT-x)",
                "the BIOS does not enable Extended/Nested Page Table support, also referred to as EPT, "
                "NPT, or Rapid Virtualization Indexing (RVI)",
                "the BIOS does not enable No-eXecute support, also referred to as NX, XD, No-Execute "
                "Memory Protection, No Execute Mode Mem Protection, Execute Disable, or Execute Bit "
                "Support",
                "the CPU microcode level is not compatible with kernel zones",
                "the host has 4G of physical RAM; kernel zones need at least 8GB",
                "the kernel zone brand package brand/brand-solaris-kz is not installed",
                "Oracle Solaris 11.1 is older than 11.2, the first release with kernel zones",
                "kernel zones cannot run on Oracle VM VirtualBox"}));
}

TEST(Requirements, FirmwareBelowTheFloorIsABlocker) {
  const auto model = testing::sparc_model();
  auto host = testing::host_on(model);
  host.firmware = catalog::Version{{8, 7}};
  EXPECT_EQ(reasons(host), (std::vector<std::string>{
                               "System Firmware 8.7 is below 8.8, the minimum for kernel zones on SPARC T4"}));
  host.firmware = catalog::Version{{8, 8}};
  EXPECT_TRUE(kernel_zone_blockers(host).empty());
}

TEST(Requirements, AmdSpellingOfABiosSwitchIsTheSameSwitch) {
  const auto model = testing::x86_model();
  auto host = testing::host_on(model);
  host.bios = {{"svm", false}};
  EXPECT_EQ(reasons(host),
            (std::vector<std::string>{"the BIOS does not enable CPU virtualization (for example, VT-x)"}));
}

TEST(Requirements, EightGigabytesIsEnough) {
  const auto model = testing::sparc_model();
  auto host = testing::host_on(model);
  host.memory = 8ULL << 30;
  EXPECT_TRUE(kernel_zone_blockers(host).empty());
}

TEST(Requirements, LdomLimitOnlyInsideGuestDomains) {
  const auto model = testing::sparc_model();
  auto host = testing::host_on(model);
  EXPECT_FALSE(ldom_kernel_zone_limit(host));
  host.virtualization = Virtualization::LdomGuest;
  EXPECT_EQ(ldom_kernel_zone_limit(host), 768);
}

}  // namespace
}  // namespace kzsim::zones
