#include <regex>

#include "tests/zones/zoneadm/zoneadm_fixture.hpp"
#include "zones/migration/host_data.hpp"

namespace kzsim::zones {
namespace {

using Install = testing::ZoneadmTest;

TEST_F(Install, GivesTheZoneARandomUuidFromTheSeed) {
  add_zone("kz1", ZoneState::Configured).uuid.clear();
  add_zone("kz2", ZoneState::Configured).uuid.clear();
  ASSERT_EQ(run("zoneadm -z kz1 install").exit, 0);
  ASSERT_EQ(run("zoneadm -z kz2 install").exit, 0);
  const std::string first = host->find_zone("kz1")->uuid, second = host->find_zone("kz2")->uuid;
  EXPECT_TRUE(std::regex_match(first, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")))
      << first;
  EXPECT_NE(first, second);
  EXPECT_NE(run("zoneadm -z kz1 list -p").out.find(":" + first + ":solaris-kz:"), std::string::npos);

  World again;  // same seed, same steps: the same UUID
  Host& other = again.add_host(testing::host_on(sparc, "global"));
  Zone copy;
  copy.name = "kz1";
  copy.config = host->find_zone("kz1")->config;
  other.zones["kz1"] = copy;
  scenario::RunStep step;
  step.command = "zoneadm -z kz1 install";
  step.host = "global";
  ASSERT_EQ(again.run(step).exit, 0);
  EXPECT_EQ(other.find_zone("kz1")->uuid, first);
}

TEST_F(Install, WritesHostDataOnTheBootStorage) {
  add_zone("kz1", ZoneState::Configured);
  ASSERT_EQ(run("zoneadm -z kz1 install").exit, 0);
  const auto read = read_host_data(world, *host, *host->find_zone("kz1"));
  ASSERT_TRUE(read.data) << read.refusal;
  const HostData* data = &*read.data;
  EXPECT_EQ(data->state, "installed");
  EXPECT_EQ(data->hostid, host->hostid);
  EXPECT_EQ(data->hostname, "global");
}

TEST_F(Install, RefusesBootStorageThatDoesNotExist) {
  Zone& zone = add_zone("kz1", ZoneState::Configured);
  Resource device{"device", {}, {}};
  device.set("storage", "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60099");
  zone.config.resources.push_back(device);
  const auto refused = run("zoneadm -z kz1 install");
  EXPECT_EQ(refused.exit, 1);
  EXPECT_NE(refused.err.find("boot storage iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60099 is not reachable"),
            std::string::npos)
      << refused.err;
  EXPECT_EQ(host->find_zone("kz1")->state, ZoneState::Configured);
}

TEST_F(Install, ShowsTheHostsPublishersOnly) {
  add_zone("kz1", ZoneState::Configured);
  const auto plain = run("zoneadm -z kz1 install");
  ASSERT_EQ(plain.exit, 0) << plain.err;
  // No manifest names publishers: the solaris publisher of the release repository, nothing else.
  EXPECT_EQ(plain.out.find("nightly"), std::string::npos) << plain.out;
  EXPECT_EQ(plain.out.find("extra"), std::string::npos) << plain.out;
  EXPECT_NE(plain.out.find("Creating IPS image\nStartup: Retrieving catalog 'solaris' ... Done\n"
                           "Startup: Caching catalogs ... Done\nStartup: Refreshing catalog 'solaris' ... Done\n"
                           "Startup: Caching catalogs ... Done\nInstalling packages from:\n    solaris\n"
                           "        origin: http://pkg.oracle.com/solaris/release/\n"
                           "Startup: Linked image publisher check ... Startup: Refreshing catalog 'solaris' ... Done\n"
                           "Planning: Solver setup ... Done\n"),
            std::string::npos)
      << plain.out;

  ASSERT_EQ(run("zoneadm -z kz1 uninstall -F").exit, 0);
  host->files.write("/var/tmp/two.xml",
                    "<auto_install><publisher name=\"local\"><origin name=\"file:///repo\"/></publisher>"
                    "<publisher name=\"solaris\"/></auto_install>\n");
  const auto two = run("zoneadm -z kz1 install -m /var/tmp/two.xml");
  ASSERT_EQ(two.exit, 0) << two.err;
  EXPECT_NE(two.out.find("Startup: Retrieving catalog 'local' ... Done\nStartup: Caching catalogs ... Done\n"
                         "Startup: Refreshing catalog 'local' ... Done\nStartup: Refreshing catalog 'solaris' ... Done\n"
                         "Installing packages from:\n    local\n    origin: file:///repo\n"
                         "Startup: Linked image publisher check ... Startup: Refreshing catalog 'local' ... Done\n"
                         "Startup: Refreshing catalog 'solaris' ... Done\n"),
            std::string::npos)
      << two.out;
}

}  // namespace
}  // namespace kzsim::zones
