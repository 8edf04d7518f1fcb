// Installing from a Unified Archive that holds a non-root pool (guide Example 3-3): install -a
// stops with the installer's ERROR line; install -m with an AI manifest whose target creates
// every pool of the archive, on disks the zone has, installs from the archive.
#include <fmt/format.h>

#include "tests/zones/zoneadm/zoneadm_fixture.hpp"

namespace kzsim::zones {
namespace {

constexpr std::string_view kArchive = "/var/tmp/t4.uar";
constexpr std::string_view kManifest = "/var/tmp/ai.xml";

// An AI manifest installing `archive` on rpool (c1d0) and, when `tank_disk` is not empty, tank.
std::string manifest(std::string_view tank_disk, std::string_view archive = kArchive) {
  const std::string tank_target =
      tank_disk.empty() ? "" : fmt::format("<disk in_zpool=\"tank\"><disk_name name=\"{}\"/></disk>\n", tank_disk);
  const std::string tank_pool = tank_disk.empty() ? "" : "<zpool name=\"tank\" is_root=\"false\"/>\n";
  return fmt::format(
      "<?xml version=\"1.0\"?>\n<auto_install>\n<ai_instance name=\"default\">\n<target>\n"
      "<disk in_zpool=\"rpool\"><disk_name name=\"c1d0\"/></disk>\n{}<logical>\n<zpool name=\"rpool\" "
      "is_root=\"true\"/>\n{}</logical>\n</target>\n<software type=\"ARCHIVE\"><source><file uri=\"file://{}\"/>"
      "</source></software>\n</ai_instance>\n</auto_install>\n",
      tank_target, tank_pool, archive);
}

class ArchiveInstall : public testing::ZoneadmTest {
 protected:
  void SetUp() override {
    ZoneadmTest::SetUp();
    Zone& source = add_zone("t4", ZoneState::Installed);
    source.guest_os = host->os;
    source.pools = {{"tank", {"c1d1"}}};
    ASSERT_EQ(run(fmt::format("archiveadm create -z t4 {}", kArchive)).exit, 0);
    Zone& target = add_zone("kz2", ZoneState::Configured);
    for (const char* id : {"0", "1"}) {
      Resource device{"device", {}, {}};
      device.set("id", id);
      target.config.resources.push_back(device);
    }
  }

  scenario::Transcript install_with(const std::string& text) {
    host->files.write(std::string(kManifest), text);
    return run(fmt::format("zoneadm -z kz2 install -m {}", kManifest));
  }

  const Zone& target() const { return *host->find_zone("kz2"); }
};

TEST_F(ArchiveInstall, ArchiveRecordsThePoolButInfoDoesNotShowIt) {
  EXPECT_NE(host->files.read(std::string(kArchive))->find("\nNon-root pool: tank\n"), std::string::npos);
  EXPECT_EQ(run(fmt::format("archiveadm info {}", kArchive)).out.find("tank"), std::string::npos);
}

TEST_F(ArchiveInstall, ArchiveOptionAloneStopsWithTheGuidesErrorLine) {
  const auto result = run(fmt::format("zoneadm -z kz2 install -a {}", kArchive));
  EXPECT_EQ(result.exit, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "ERROR: Archive contains non-root data, please use [-m manifest]\n");
  EXPECT_EQ(target().state, ZoneState::Configured);
}

TEST_F(ArchiveInstall, ManifestCreatingEveryPoolInstallsFromTheArchive) {
  const auto result = install_with(manifest("c1d1"));
  ASSERT_EQ(result.exit, 0) << result.err;
  EXPECT_NE(result.out.find(fmt::format("AI Manifest: {}\n", kManifest)), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Commencing transfer of stream: ...\n"), std::string::npos) << result.out;
  EXPECT_EQ(target().state, ZoneState::Installed);
  ASSERT_EQ(target().pools.size(), 1u);
  EXPECT_EQ(target().pools[0].name, "tank");
  EXPECT_EQ(target().pools[0].disks, (std::vector<std::string>{"c1d1"}));
  ASSERT_EQ(run("zoneadm -z kz2 uninstall -F").exit, 0);
  EXPECT_TRUE(target().pools.empty());
}

TEST_F(ArchiveInstall, ManifestWithoutTheArchivesPoolIsRefused) {
  EXPECT_EQ(install_with(manifest("")).err,
            "zoneadm: zone 'kz2': /var/tmp/ai.xml: the archive holds pool tank; expected a <zpool name=\"tank\" "
            "is_root=\"false\"> target and a <disk in_zpool=\"tank\"> for it\n");
  EXPECT_EQ(target().state, ZoneState::Configured);
}

TEST_F(ArchiveInstall, ManifestNamingADiskTheZoneHasNotIsRefused) {
  EXPECT_EQ(install_with(manifest("c1d5")).err,
            "zoneadm: zone 'kz2': /var/tmp/ai.xml:6: disk c1d5: zone kz2 has no device for it; expected c1dN for a "
            "device resource with id N\n");
}

TEST_F(ArchiveInstall, ManifestNamingAMissingArchiveIsRefused) {
  EXPECT_EQ(install_with(manifest("c1d1", "/var/tmp/none.uar")).err,
            "zoneadm: zone 'kz2': /var/tmp/ai.xml:12: archive /var/tmp/none.uar: no such file; expected the path of "
            "an existing Unified Archive\n");
}

TEST_F(ArchiveInstall, ManifestThatIsNotXmlIsRefusedWithFileAndLine) {
  EXPECT_EQ(install_with("<auto_install>\n<target>\n</auto_install>\n").err,
            "zoneadm: zone 'kz2': /var/tmp/ai.xml:2: expected </target> closing <target>\n");
  EXPECT_EQ(install_with("<ai>\n</ai>\n").err,
            "zoneadm: zone 'kz2': /var/tmp/ai.xml:1: expected <auto_install> as the root element, not <ai>\n");
}

}  // namespace
}  // namespace kzsim::zones
