// Verified boot through the World: kzsim tamper changes an installed zone's modules on its boot
// storage; zoneadm boot then boots, reports or refuses as the zone's policy says, on x86 and
// SPARC; the vendor's module loads once its certificate is a cert of the zone; the records
// survive a save and reload of the world; tamper's bad input is refused with what was expected.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "tests/zones/persistence/persistence_world.hpp"
#include "zones/console/zone_console.hpp"
#include "zones/persistence/world_store.hpp"
#include "zones/verified_boot/stored_modules.hpp"

namespace kzsim::zones {
namespace {

using ::testing::HasSubstr;
using testing::run_on;

struct Arch {
  const char* machine;
  const char* unix_path;
  const char* vendor_path;
};

const Arch kX86{"intel-haswell", "/platform/i86pc/kernel/amd64/unix", "/kernel/drv/amd64/kzvendor"};
const Arch kSparc{"sparc-t7", "/platform/sun4v/kernel/sparcv9/unix", "/kernel/drv/sparcv9/kzvendor"};

const std::string kForeign =
    "its signature does not verify with the Oracle Solaris system certificate or a cert of the zone's verified-boot "
    "resource";

class VerifiedBoot : public ::testing::TestWithParam<Arch> {
 protected:
  void SetUp() override {
    const std::string text = fmt::format("format: 1\nname: verified-boot\nhosts:\n  global: {{machine: {}}}\nsteps:\n"
                                         "  - run: 'true'\n",
                                         GetParam().machine);
    auto built = scenario::build_world(scenario::load_scenario_text(text, "verified-boot.yaml"));
    world.reset(dynamic_cast<World*>(built.release()));
  }

  // kz installed with `verified_boot` zonecfg words ("" for no verified-boot resource).
  void install(const std::string& verified_boot) {
    ASSERT_EQ(run(fmt::format("zonecfg -z kz 'create -t SYSsolaris-kz; {}commit'", verified_boot)).exit, 0);
    ASSERT_EQ(run("zoneadm -z kz install").exit, 0);
  }

  scenario::Transcript run(std::string command) { return run_on(*world, std::move(command), "global"); }
  Zone& kz() { return *world->find_host("global")->find_zone("kz"); }
  std::vector<std::string> console() { return kz().console ? kz().console->lines : std::vector<std::string>{}; }
  std::string warning(const char* path, std::string_view why, bool loaded) {
    return fmt::format("WARNING: Signature verification of module {} failed: {}{}", path, why,
                       loaded ? "" : "; module not loaded");
  }

  std::unique_ptr<World> world;
};

TEST_P(VerifiedBoot, AnUntouchedZoneBootsUnderEnforceWithoutALine) {
  install("add verified-boot; set policy=enforce; end; ");
  EXPECT_EQ(run("zoneadm -z kz boot").exit, 0);
  EXPECT_EQ(kz().state, ZoneState::Running);
  EXPECT_THAT(console(), ::testing::Not(::testing::Contains(HasSubstr("WARNING"))));
}

TEST_P(VerifiedBoot, AFlippedUnixBootsUnderNoneAndWithoutTheResource) {
  for (const char* words : {"", "add verified-boot; set policy=none; end; "}) {
    SetUp();
    install(words);
    ASSERT_EQ(run("kzsim tamper kz flip unix 7").out,
              fmt::format("kzsim tamper: flipped the low bit of byte 7 of {} on dev:/dev/zvol/dsk/rpool/VARSHARE/zones/kz/disk0\n",
                          GetParam().unix_path));
    EXPECT_EQ(run("zoneadm -z kz boot").exit, 0) << words;
    EXPECT_THAT(console(), ::testing::Not(::testing::Contains(HasSubstr("WARNING")))) << words;
  }
}

TEST_P(VerifiedBoot, AFlippedUnixBootsUnderWarningWithTheReportBeforeTheBanner) {
  install("add verified-boot; end; ");  // warning is the default policy
  run("kzsim tamper kz flip unix");
  EXPECT_EQ(run("zoneadm -z kz boot").exit, 0);
  EXPECT_EQ(kz().state, ZoneState::Running);
  const auto lines = console();
  const auto report = std::ranges::find(lines, warning(GetParam().unix_path, kForeign, true));
  ASSERT_NE(report, lines.end());
  EXPECT_EQ(*(report + 1), GetParam().machine == kX86.machine ? "SunOS global 5.11 11.4 i86pc i386 i86pc" : "Hostname: kz");
}

TEST_P(VerifiedBoot, AFlippedOrUnsignedUnixIsRefusedUnderEnforce) {
  for (const char* tamper : {"kzsim tamper kz flip unix 1000", "kzsim tamper kz unsign unix"}) {
    SetUp();
    install("add verified-boot; set policy=enforce; end; ");
    ASSERT_EQ(run(tamper).exit, 0);
    const auto boot = run("zoneadm -z kz boot");
    EXPECT_EQ(boot.exit, 1);
    const std::string why = std::string_view(tamper).find("unsign") != std::string_view::npos
                                ? "the module carries no signature"
                                : kForeign;
    EXPECT_EQ(boot.err, fmt::format("zoneadm: zone 'kz': boot stopped at module {}: {} (verified-boot policy "
                                    "enforce); expected modules signed for the Oracle Solaris system certificate or a "
                                    "cert of the zone's verified-boot resource\n",
                                    GetParam().unix_path, why));
    EXPECT_EQ(kz().state, ZoneState::Installed);
    EXPECT_EQ(kz().console, nullptr);
  }
}

TEST_P(VerifiedBoot, TheVendorsModuleLoadsUnderEnforceOnceItsCertIsAdded) {
  install("add verified-boot; set policy=enforce; end; ");
  EXPECT_EQ(run("kzsim tamper kz third-party").out,
            fmt::format("kzsim tamper: installed the vendor's {} on dev:/dev/zvol/dsk/rpool/VARSHARE/zones/kz/disk0\n"
                        "kzsim tamper: the vendor's certificate is /etc/certs/kzvendor.pem\n",
                        GetParam().vendor_path));
  ASSERT_EQ(run("zoneadm -z kz boot").exit, 0);
  EXPECT_THAT(console(), ::testing::Contains(warning(GetParam().vendor_path, kForeign, false)));
  ASSERT_EQ(run("zoneadm -z kz halt").exit, 0);
  ASSERT_EQ(run("zonecfg -z kz 'select verified-boot; add cert file:///etc/certs/kzvendor.pem; end; commit'").exit, 0);
  ASSERT_EQ(run("zoneadm -z kz boot").exit, 0);
  EXPECT_THAT(console(), ::testing::Not(::testing::Contains(HasSubstr("WARNING"))));
}

TEST_P(VerifiedBoot, AMissingCertFileIsReportedOnTheConsole) {
  install("add verified-boot; add cert file:///etc/certs/absent.pem; end; ");
  ASSERT_EQ(run("zoneadm -z kz boot").exit, 0);
  EXPECT_THAT(console(), ::testing::Contains("WARNING: verified boot: certificate file:///etc/certs/absent.pem is not "
                                             "used: /etc/certs/absent.pem does not exist in the global zone"));
}

TEST_P(VerifiedBoot, TheTamperedModuleAndPolicySurviveASaveAndReload) {
  install("add verified-boot; set policy=enforce; end; ");
  run("kzsim tamper kz flip unix 3");
  testing::ScratchDirectory directory;
  persistence::WorldStore(directory.path()).save(*world);
  auto reloaded = persistence::WorldStore(directory.path()).load();
  EXPECT_EQ(testing::canonical(*reloaded), testing::canonical(*world));
  const auto boot = run_on(*reloaded, "zoneadm -z kz boot", "global");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_THAT(boot.err, HasSubstr("(verified-boot policy enforce)"));
}

TEST_P(VerifiedBoot, TheWarningReportSurvivesASaveAndReloadOfTheBootedZone) {
  install("add verified-boot; set policy=warning; end; ");
  run("kzsim tamper kz unsign unix");
  ASSERT_EQ(run("zoneadm -z kz boot").exit, 0);
  testing::ScratchDirectory directory;
  persistence::WorldStore(directory.path()).save(*world);
  auto reloaded = persistence::WorldStore(directory.path()).load();
  const ZoneConsole& console = *reloaded->find_host("global")->find_zone("kz")->console;
  EXPECT_EQ(console.module_report,
            std::vector<std::string>{warning(GetParam().unix_path, "the module carries no signature", true)});
  EXPECT_EQ(console.kernel, kz().console->kernel);
}

TEST_P(VerifiedBoot, TheGuestRunsTheUnixItLoaded) {
  install("add verified-boot; set policy=warning; end; ");
  const std::string built =
      firmware::built_module(firmware::ModuleImage::Kernel, world->find_host("global")->arch()).bytes;
  EXPECT_EQ(run("kzsim tamper kz flip unix text=booting").out,  // the guest kernel's first console line
            fmt::format("kzsim tamper: flipped the low bit of byte {} of {} on "
                        "dev:/dev/zvol/dsk/rpool/VARSHARE/zones/kz/disk0\n",
                        built.find("booting"), GetParam().unix_path));
  ASSERT_EQ(run("zoneadm -z kz boot").exit, 0);
  const std::string log = run("cat /var/log/zones/kz.kzsim-guest").out;
  EXPECT_NE(log.find("kzsim guest kernel: cooting\n"), std::string::npos) << log;
  EXPECT_EQ(log.find("kzsim guest kernel: booting"), std::string::npos) << log;
}

TEST_P(VerifiedBoot, TamperRefusesWhatItCannotDo) {
  EXPECT_EQ(run("kzsim tamper kz flip unix").err,
            "kzsim tamper: zone 'kz' is not installed on global; expected an installed kernel zone, whose boot storage "
            "holds its modules\n");
  install("");
  EXPECT_EQ(run("kzsim tamper kz flip genunix").err,
            fmt::format("kzsim tamper: module 'genunix' is not a boot module of this host's zones; expected one of {}, "
                        "{}\n",
                        GetParam().unix_path, GetParam().vendor_path));
  EXPECT_EQ(run("kzsim tamper kz flip kzvendor").err,
            fmt::format("kzsim tamper: {} is not on dev:/dev/zvol/dsk/rpool/VARSHARE/zones/kz/disk0; expected kzsim "
                        "tamper kz third-party first\n",
                        GetParam().vendor_path));
  const std::size_t size = firmware::built_module(firmware::ModuleImage::Kernel,
                                                  world->find_host("global")->arch()).bytes.size();
  EXPECT_EQ(run(fmt::format("kzsim tamper kz flip unix {}", size)).err,
            fmt::format("kzsim tamper: offset '{}' is not a byte of {}; expected 0 to {} or text=STRING\n", size,
                        GetParam().unix_path, size - 1));
  EXPECT_EQ(run("kzsim tamper kz flip unix text=no-such-text").err,
            fmt::format("kzsim tamper: 'text=no-such-text' is not in {}; expected text=STRING of the module's bytes\n",
                        GetParam().unix_path));
  EXPECT_EQ(run("kzsim tamper kz flip unix -1").exit, 1);
  const std::string usage =
      "kzsim tamper: expected kzsim tamper ZONE flip MODULE [OFFSET|text=STRING], kzsim tamper ZONE unsign MODULE, "
      "kzsim tamper ZONE third-party or kzsim tamper ZONE hostdata\n";
  EXPECT_EQ(run("kzsim tamper kz shred unix").err, usage);
  EXPECT_EQ(run("kzsim tamper kz hostdata unix").err, usage);
  EXPECT_EQ(run("kzsim tamper kz").exit, 2);
}

INSTANTIATE_TEST_SUITE_P(BothArchitectures, VerifiedBoot, ::testing::Values(kX86, kSparc),
                         [](const auto& info) { return info.param.machine == kX86.machine ? "x86" : "sparc"; });

TEST(ModuleRecord, ReadsBackWhatItWroteAndRefusesWhatDoesNotRead) {
  const firmware::SignedModule signed_module{std::string("\0mod\nule", 8), std::string(64, '\x7f')};
  EXPECT_EQ(parse_module_record(module_record(signed_module))->bytes, signed_module.bytes);
  EXPECT_EQ(parse_module_record(module_record(signed_module))->signature, signed_module.signature);
  const firmware::SignedModule unsigned_module{"module", std::nullopt};
  EXPECT_EQ(parse_module_record(module_record(unsigned_module))->signature, std::nullopt);
  for (const char* bad : {"", "module", "kzsim-module 1\nsignature ", "kzsim-module 1\nsignature 65\nshort",
                          "kzsim-module 1\nsignature x\n", "kzsim-module 2\nsignature none\n"})
    EXPECT_FALSE(parse_module_record(bad)) << bad;
}

}  // namespace
}  // namespace kzsim::zones
