// zonecfg info --json (kzsim): the same properties info prints, as JSON, in every scope.
#include <nlohmann/json.hpp>

#include "tests/zones/zonecfg/session_fixture.hpp"
#include "zones/zonecfg/config_text.hpp"

namespace kzsim::zones::zonecfg {
namespace {

using testing::SessionTest;
using Json = nlohmann::ordered_json;

class InfoJson : public SessionTest {
 protected:
  // A kernel zone whose anet has a list property, two vlans and a mac.
  void SetUp() override {
    configure("kz1");
    Session session = open("kz1");
    ASSERT_TRUE(run(session, "set cpu-arch=migration-class1;select anet id=0;add vlan;set vlan-id=45;end;add vlan;"
                             "set vlan-id=46;end;add mac;add allowed-mac-address fa:16:3f;add allowed-mac-address "
                             "2:8:20;end;end;commit"))
        << err();
    streams = {};
  }

  Json info_json(std::string_view line) {
    streams = {};
    Session session = open("kz1");
    EXPECT_TRUE(run(session, line)) << err();
    return Json::parse(out());
  }
};

TEST_F(InfoJson, WholeConfigurationHasTheGlobalsAndAnArrayOfObjectsPerResourceType) {
  const Json config = info_json("info --json");
  EXPECT_EQ(config["zonename"], "kz1");
  EXPECT_EQ(config["brand"], "solaris-kz");
  EXPECT_EQ(config["cpu-arch"], "migration-class1");
  EXPECT_TRUE(config["hostid"].get<std::string>().starts_with("0x"));
  EXPECT_FALSE(config.contains("bootargs"));  // unset, as info omits it
  EXPECT_EQ(config["capped-memory"], Json::parse(R"([{"physical": "4G", "pagesize-policy": "largest-available"}])"));
  EXPECT_EQ(config["anet"], Json::parse(R"([{"configure-allowed-address": "true", "id": "0",
      "vlan": [{"vlan-id": "45"}, {"vlan-id": "46"}],
      "mac": [{"allowed-mac-address": ["fa:16:3f", "2:8:20"]}]}])"));
  std::vector<std::string> keys;
  for (const auto& [key, value] : config.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"zonename", "brand", "cpu-arch", "host-compatible", "hostid", "anet", "device",
                                            "capped-memory", "virtual-cpu", "suspend"}));
}

TEST_F(InfoJson, TextAndJsonComeFromTheSameProperties) {
  const Properties named = info_globals(host.find_zone("kz1")->config, "kz1", {"zonename", "cpu-arch", "bootargs"});
  EXPECT_EQ(info_properties(named), "zonename: kz1\ncpu-arch: migration-class1\n");
  EXPECT_EQ(info_properties_json(named), Json::parse(R"({"zonename": "kz1", "cpu-arch": "migration-class1"})"));
}

TEST_F(InfoJson, ResourceTypeGivesAnArrayOfTheMatchingResources) {
  EXPECT_EQ(info_json("info virtual-cpu --json"), Json::parse(R"([{"ncpus": "4"}])"));
  EXPECT_EQ(info_json("info anet id=7 --json"), Json::array());
  EXPECT_EQ(info_json("info device id=0 --json")[0]["bootpri"], "0");
}

TEST_F(InfoJson, PropertyNamesGiveAnObjectOfTheSetOnes) {
  EXPECT_EQ(info_json("info cpu-arch bootargs brand --json"),
            Json::parse(R"({"cpu-arch": "migration-class1", "brand": "solaris-kz"})"));
}

TEST_F(InfoJson, InsideAResourceScope) {
  EXPECT_EQ(info_json("select anet id=0;info vlan --json"), Json::parse(R"([{"vlan-id": "45"}, {"vlan-id": "46"}])"));
  EXPECT_EQ(info_json("select anet id=0;info id --json"), Json::parse(R"({"id": "0"})"));
  EXPECT_EQ(info_json("select anet id=0;select mac id=0;info --json"),
            Json::parse(R"({"allowed-mac-address": ["fa:16:3f", "2:8:20"]})"));
}

TEST_F(InfoJson, TheTextIsUnchangedWithoutTheOption) {
  Session session = open("kz1");
  ASSERT_TRUE(run(session, "select anet id=0;info vlan"));
  EXPECT_EQ(out(), "\tvlan 0:\n\t\tvlan-id: 45\n\tvlan 1:\n\t\tvlan-id: 46\n");
}

TEST_F(InfoJson, OtherSubcommandsRefuseTheWord) {
  Session session = open("kz1");
  EXPECT_FALSE(run(session, "verify --json"));
  EXPECT_EQ(err(), "verify: --json (kzsim) is taken only by info; expected info [<resource-type> "
                   "[property-name=property-value]*] --json\n");
}

}  // namespace
}  // namespace kzsim::zones::zonecfg
