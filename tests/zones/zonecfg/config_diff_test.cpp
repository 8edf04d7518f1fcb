#include "zones/zonecfg/config_diff.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

Resource resource(std::string type, std::vector<std::pair<std::string, std::string>> properties) {
  Resource made{std::move(type), {}, {}};
  for (auto& [name, value] : properties) made.set(name, value);
  return made;
}

TEST(ConfigDiff, AddedDeviceIsNamedByStorageAndAnetById) {
  ZoneConfig from;
  ZoneConfig to = from;
  to.resources.push_back(resource("device", {{"storage", "dev:/dev/dsk/cNtXd"}, {"id", "1"}}));
  to.resources.push_back(resource("anet", {{"id", "2"}}));
  EXPECT_EQ(describe_changes(from, to),
            (std::vector<std::string>{"Adding device storage=dev:/dev/dsk/cNtXd", "Adding anet id=2"}));
}

TEST(ConfigDiff, ModifiedSingletonListsChangedProperties) {
  ZoneConfig from;
  from.resources.push_back(resource("virtual-cpu", {{"ncpus", "16"}}));
  ZoneConfig to = from;
  to.resources[0].set("ncpus", "8");
  EXPECT_EQ(describe_changes(from, to), (std::vector<std::string>{"Modifying virtual-cpu ncpus=8"}));
}

TEST(ConfigDiff, RemovedResourceAndGlobals) {
  ZoneConfig from;
  from.set("cpu-arch", "generic");
  from.resources.push_back(resource("device", {{"storage", "dev:/dev/dsk/cNtXd"}}));
  ZoneConfig to;
  to.set("autoboot", "true");
  EXPECT_EQ(describe_changes(from, to), (std::vector<std::string>{"Modifying autoboot=true", "Clearing cpu-arch",
                                                                  "Removing device storage=dev:/dev/dsk/cNtXd"}));
  EXPECT_TRUE(describe_changes(from, from).empty());
}

}  // namespace
}  // namespace kzsim::zones
