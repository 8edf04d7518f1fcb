// AES-128-CCM sealing of host data and suspend images, and every tamper case refused: a flipped
// byte anywhere, a cut at every length, another key, another zone's label; on the World's shared
// storage and on the files of a persistent world.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/zones/persistence/persistence_world.hpp"
#include "zones/persistence/sealed.hpp"
#include "zones/persistence/world_store.hpp"

namespace kzsim::zones::persistence {
namespace {

using testing::run_on;

const std::string kKey = zone_key(ZoneConfig{});
const std::string kText = "hostid=84b6b0a1\nstate=running\nhostname=global1\n";

TEST(Sealed, OpensWithItsKeyAndLabelAndIsDeterministic) {
  const std::string sealed = seal(kKey, "hostdata:kz", kText);
  EXPECT_EQ(sealed, seal(kKey, "hostdata:kz", kText));
  EXPECT_EQ(sealed.find("hostname"), std::string::npos);  // encrypted
  const auto opened = unseal(kKey, "hostdata:kz", sealed);
  EXPECT_EQ(opened.outcome, Unsealed::Opened);
  EXPECT_EQ(opened.text, kText);
}

TEST(Sealed, EveryFlippedByteIsRefused) {
  const std::string sealed = seal(kKey, "hostdata:kz", kText);
  for (std::size_t at = 0; at < sealed.size(); ++at) {
    std::string tampered = sealed;
    tampered[at] = static_cast<char>(tampered[at] ^ 0x20);
    EXPECT_NE(unseal(kKey, "hostdata:kz", tampered).outcome, Unsealed::Opened) << "byte " << at;
  }
}

TEST(Sealed, EveryCutIsRefusedAsDamaged) {
  const std::string sealed = seal(kKey, "hostdata:kz", kText);
  for (std::size_t length = 0; length < sealed.size(); ++length)
    EXPECT_EQ(unseal(kKey, "hostdata:kz", sealed.substr(0, length)).outcome, Unsealed::Damaged) << length;
}

TEST(Sealed, AnotherKeyIsTheWrongKeyAndAnotherLabelIsDamage) {
  ZoneConfig other;
  other.resources.push_back(Resource{"keysource", {}, {}});
  other.resources.back().set("raw", "{base64}9/7hHuucihhP6YTwCcjaqg==");
  ASSERT_EQ(zone_key(other).size(), 16u);
  EXPECT_NE(zone_key(other), kKey);
  const std::string sealed = seal(kKey, "suspend:kz", kText);
  EXPECT_EQ(unseal(zone_key(other), "suspend:kz", sealed).outcome, Unsealed::WrongKey);
  EXPECT_EQ(unseal(kKey, "suspend:kz2", sealed).outcome, Unsealed::Damaged);
}

// A world with kz installed on global1's shared storage, then booted and suspended.
class SuspendedZone : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const std::string& command : {testing::configure_kz(), std::string("zoneadm -z kz install"),
                                       std::string("zoneadm -z kz boot"), std::string("zoneadm -z kz suspend")})
    {
      const auto done = run_on(*world, command);
      ASSERT_EQ(done.exit, 0) << command << "\n" << done.err;
    }
  }
  std::string& block(std::string_view uri, std::string_view name) {
    return world->find_storage(uri)->blocks.find(name)->second;
  }
  const Zone& kz() { return *world->find_host("global1")->find_zone("kz"); }
  std::unique_ptr<World> world = testing::two_host_world();
};

TEST_F(SuspendedZone, ImageAndHostDataAreSealedOnTheStorage) {
  EXPECT_TRUE(block(testing::kSuspendStorage, "suspend").starts_with("KZSEAL1\n"));
  EXPECT_TRUE(block(testing::kBootStorage, "hostdata").starts_with("KZSEAL1\n"));
  EXPECT_EQ(block(testing::kBootStorage, "hostdata").find("global1"), std::string::npos);
}

TEST_F(SuspendedZone, FlippedImageByteIsRefusedAndNothingResumes) {
  std::string& image = block(testing::kSuspendStorage, "suspend");
  image[image.size() - 3] ^= 0x01;
  const auto boot = run_on(*world, "zoneadm -z kz boot");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_EQ(boot.err, fmt::format("zone 'kz': error: suspend image on {} is damaged: authentication failed (AES-128-CCM); "
                                  "expected the image zoneadm suspend wrote. Nothing was resumed; boot with -R to boot "
                                  "without it.\n",
                                  testing::kSuspendStorage));
  EXPECT_EQ(kz().state, ZoneState::Installed);
  EXPECT_TRUE(kz().aux.contains(AuxState::Suspended));
  EXPECT_EQ(run_on(*world, "zoneadm -z kz boot -- -R").exit, 0);  // booted afresh, not resumed
  EXPECT_EQ(kz().state, ZoneState::Running);
}

TEST_F(SuspendedZone, TruncatedImageIsRefused) {
  std::string& image = block(testing::kSuspendStorage, "suspend");
  image.resize(image.size() / 2);
  const auto boot = run_on(*world, "zoneadm -z kz boot");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_NE(boot.err.find("is damaged: authentication failed"), std::string::npos) << boot.err;
  image.resize(10);
  EXPECT_NE(run_on(*world, "zoneadm -z kz boot").err.find("is damaged: truncated"), std::string::npos);
}

TEST_F(SuspendedZone, AnotherZonesImageIsRefused) {
  const std::string sealed_for_other = seal(zone_key(kz().config), "suspend:kz2", "suspend image of kz2\n");
  block(testing::kSuspendStorage, "suspend") = sealed_for_other;
  EXPECT_NE(run_on(*world, "zoneadm -z kz boot").err.find("suspend image on"), std::string::npos);
  EXPECT_TRUE(kz().aux.contains(AuxState::Suspended));
}

TEST_F(SuspendedZone, WrongKeyIsRefusedWithTheGuidesMessageAndTheZoneIsUnavailable) {
  const auto set_key = run_on(*world, "zonecfg -z kz 'add keysource; set raw=\"{base64}9/7hHuucihhP6YTwCcjaqg==\"; end; commit'");
  ASSERT_EQ(set_key.exit, 0) << set_key.err;
  const auto boot = run_on(*world, "zoneadm -z kz boot");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_EQ(boot.err,
            "zone 'kz': error: Encryption key is incorrect. See solaris-kz(7) for configuration migration\n"
            "zone 'kz': procedure or update /etc/zones/keys/kz.\n");
  EXPECT_EQ(kz().state, ZoneState::Unavailable);
}

TEST_F(SuspendedZone, FlippedHostDataByteIsRefusedAndTheZoneIsUnavailable) {
  std::string& host_data = block(testing::kBootStorage, "hostdata");
  host_data[host_data.size() - 1] ^= 0x01;
  const auto boot = run_on(*world, "zoneadm -z kz boot");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_EQ(boot.err, fmt::format("zone 'kz': error: host data on {} is damaged: authentication failed (AES-128-CCM); "
                                  "expected the host data a host wrote. Attach with -x initialize-hostdata to write new "
                                  "host data.\n",
                                  testing::kBootStorage));
  EXPECT_EQ(kz().state, ZoneState::Unavailable);
}

TEST_F(SuspendedZone, FlippedByteInTheWorldsStorageFileIsRefusedAfterReload) {
  testing::ScratchDirectory directory;
  WorldStore(directory.path()).save(*world);
  int tampered = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(directory.path() / "storage")) {
    if (!entry.path().filename().string().starts_with("suspend.")) continue;
    std::fstream file(entry.path(), std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(40);
    file.put('\x5a');
    ++tampered;
  }
  ASSERT_EQ(tampered, 1);
  auto reloaded = WorldStore(directory.path()).load();
  const auto boot = run_on(*reloaded, "zoneadm -z kz boot");
  EXPECT_EQ(boot.exit, 1);
  EXPECT_NE(boot.err.find("suspend image on"), std::string::npos) << boot.err;
  EXPECT_TRUE(reloaded->find_host("global1")->find_zone("kz")->aux.contains(AuxState::Suspended));
}

}  // namespace
}  // namespace kzsim::zones::persistence
