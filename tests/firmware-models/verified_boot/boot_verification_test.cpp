// The firmware's verdict on a zone's modules under each policy (verified-boot.yaml): none
// checks nothing; warning reports a failed module and loads it; enforce does not load it, and a
// failed unix stops the boot; a cert file of the zone lets the vendor's module load.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "firmware-models/verified_boot/boot_verification.hpp"

namespace kzsim::firmware {
namespace {

using ::testing::ElementsAre;

const VerifiedBootTable& table() { return verified_boot_table(); }
const BootPolicy& policy(std::string_view name) { return *table().policy(name); }

constexpr std::string_view kUnix = "/platform/i86pc/kernel/amd64/unix";
constexpr std::string_view kVendor = "/kernel/drv/amd64/kzvendor";
const std::string kForeign =
    "its signature does not verify with the Oracle Solaris system certificate or a cert of the zone's verified-boot "
    "resource";

FoundModule kernel() {
  const BootModuleSpec* spec = table().find_module(catalog::Arch::X86, "unix");
  return {spec, built_module(spec->image, spec->arch)};
}

FoundModule vendor() {
  const BootModuleSpec* spec = table().find_module(catalog::Arch::X86, "kzvendor");
  return {spec, built_module(spec->image, spec->arch)};
}

FoundModule flipped_kernel() {
  FoundModule found = kernel();
  found.module->bytes[100] = static_cast<char>(~found.module->bytes[100]);
  return found;
}

const CertificateFile kVendorCert{"file:///etc/certs/kzvendor.pem", table().vendor_certificate.pem, {}};

TEST(VerifiedBootTable, EachArchitectureHasAUnixThatStopsTheBootAndAVendorDriver) {
  for (const catalog::Arch arch : {catalog::Arch::X86, catalog::Arch::Sparc}) {
    ASSERT_NE(table().find_module(arch, "unix"), nullptr);
    EXPECT_TRUE(table().find_module(arch, "unix")->stops_boot);
    ASSERT_NE(table().find_module(arch, "kzvendor"), nullptr);
    EXPECT_FALSE(table().find_module(arch, "kzvendor")->stops_boot);
  }
  EXPECT_EQ(table().find_module(catalog::Arch::X86, "genunix"), nullptr);
  EXPECT_EQ(table().default_policy, "warning");
  EXPECT_EQ(table().policy("strict"), nullptr);
}

TEST(BootVerification, SignedModulesLoadUnderEveryPolicyWithoutALine) {
  for (const char* name : {"none", "warning", "enforce"}) {
    const BootVerdict verdict = verify_boot(policy(name), {kernel()}, {});
    EXPECT_TRUE(verdict.console.empty()) << name;
    EXPECT_THAT(verdict.loaded, ElementsAre(kUnix)) << name;
    EXPECT_EQ(verdict.stopped_at, "") << name;
  }
}

TEST(BootVerification, NoneChecksNothingAndLoadsTheTamperedBytes) {
  FoundModule unsigned_vendor = vendor();
  unsigned_vendor.module->signature.reset();
  const BootVerdict verdict = verify_boot(policy("none"), {flipped_kernel(), unsigned_vendor}, {});
  EXPECT_TRUE(verdict.console.empty());
  EXPECT_THAT(verdict.loaded, ElementsAre(kUnix, kVendor));
  EXPECT_EQ(verdict.kernel, flipped_kernel().module->bytes);
  EXPECT_EQ(verdict.stopped_at, "");
}

TEST(BootVerification, AnUnreadableUnixStopsTheBootUnderEveryPolicy) {
  for (const char* name : {"none", "warning", "enforce"}) {
    const BootVerdict verdict = verify_boot(policy(name), {{kernel().spec, std::nullopt}}, {});
    EXPECT_EQ(verdict.stopped_at, kUnix) << name;
    EXPECT_EQ(verdict.stop_reason, "its record on the boot storage is unreadable") << name;
    EXPECT_TRUE(verdict.loaded.empty()) << name;
  }
}

TEST(BootVerification, WarningReportsAFlippedUnixAndBootsIt) {
  const BootVerdict verdict = verify_boot(policy("warning"), {flipped_kernel()}, {});
  EXPECT_THAT(verdict.console,
              ElementsAre(fmt::format("WARNING: Signature verification of module {} failed: {}", kUnix, kForeign)));
  EXPECT_THAT(verdict.loaded, ElementsAre(kUnix));
  EXPECT_EQ(verdict.kernel, flipped_kernel().module->bytes);  // what warning loads is what runs
  EXPECT_EQ(verdict.stopped_at, "");
}

TEST(BootVerification, EnforceStopsTheBootAtAFlippedUnsignedOrUnreadableUnix) {
  FoundModule unsigned_kernel = kernel();
  unsigned_kernel.module->signature.reset();
  const std::pair<FoundModule, std::string> cases[] = {
      {flipped_kernel(), kForeign},
      {unsigned_kernel, "the module carries no signature"},
      {{kernel().spec, std::nullopt}, "its record on the boot storage is unreadable"}};
  for (const auto& [found, why] : cases) {
    const BootVerdict verdict = verify_boot(policy("enforce"), {found, vendor()}, {kVendorCert});
    EXPECT_EQ(verdict.stopped_at, kUnix);
    EXPECT_EQ(verdict.stop_reason, why);
    EXPECT_THAT(verdict.console, ElementsAre(fmt::format("WARNING: Signature verification of module {} failed: {}; "
                                                         "module not loaded", kUnix, why)));
    EXPECT_TRUE(verdict.loaded.empty());
  }
}

TEST(BootVerification, TheVendorsModuleLoadsUnderEnforceOnlyWithItsCertificate) {
  const BootVerdict without = verify_boot(policy("enforce"), {kernel(), vendor()}, {});
  EXPECT_THAT(without.console, ElementsAre(fmt::format("WARNING: Signature verification of module {} failed: {}; "
                                                       "module not loaded", kVendor, kForeign)));
  EXPECT_THAT(without.loaded, ElementsAre(kUnix));
  EXPECT_EQ(without.stopped_at, "");  // a driver that fails is left out; the boot goes on

  const BootVerdict with = verify_boot(policy("enforce"), {kernel(), vendor()}, {kVendorCert});
  EXPECT_TRUE(with.console.empty());
  EXPECT_THAT(with.loaded, ElementsAre(kUnix, kVendor));
}

TEST(BootVerification, AnUnusableCertFileIsReportedAndTrustsNothing) {
  const CertificateFile missing{"file:///etc/certs/none.pem", std::nullopt, "/etc/certs/none.pem does not exist"};
  const CertificateFile garbage{"file:///etc/certs/bad.pem", "garbage", {}};
  const BootVerdict verdict = verify_boot(policy("warning"), {kernel(), vendor()}, {missing, garbage});
  EXPECT_THAT(verdict.console,
              ElementsAre("WARNING: verified boot: certificate file:///etc/certs/none.pem is not used: "
                          "/etc/certs/none.pem does not exist",
                          "WARNING: verified boot: certificate file:///etc/certs/bad.pem is not used: not an X.509 "
                          "certificate; expected one in PEM form (-----BEGIN CERTIFICATE-----)",
                          fmt::format("WARNING: Signature verification of module {} failed: {}", kVendor, kForeign)));
  EXPECT_THAT(verdict.loaded, ElementsAre(kUnix, kVendor));
}

}  // namespace
}  // namespace kzsim::firmware
