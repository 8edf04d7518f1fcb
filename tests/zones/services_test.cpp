#include "zones/services.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

std::vector<std::string> fmris(const std::vector<Service*>& services) {
  std::vector<std::string> text;
  for (const Service* service : services) text.push_back(service->fmri);
  return text;
}

TEST(Services, AbbreviationsResolveLikeSmf) {
  auto services = Services::standard();
  EXPECT_EQ(fmris(services.instances("ntp")), std::vector<std::string>{"svc:/network/ntp:default"});
  EXPECT_EQ(fmris(services.instances("rad:remote")), std::vector<std::string>{"svc:/system/rad:remote"});
  EXPECT_EQ(services.instances("rad").size(), 3u);
  EXPECT_EQ(fmris(services.instances("svc:/system/zones")), std::vector<std::string>{"svc:/system/zones:default"});
  EXPECT_TRUE(services.instances("ad").empty());
}

TEST(Services, DefaultsMatchAFreshHost) {
  auto services = Services::standard();
  EXPECT_EQ(services.entity("memory-reserve:zones")->state, ServiceState::Disabled);
  EXPECT_EQ(services.entity("rad:remote")->state, ServiceState::Online);
}

TEST(Services, EntityPrefersTheNamedService) {
  auto services = Services::standard();
  EXPECT_EQ(services.entity("system/zones/zone")->fmri, "svc:/system/zones/zone");
  EXPECT_EQ(services.entity("rad"), nullptr);  // several instances
}

TEST(Services, InstancesInheritServiceProperties) {
  auto services = Services::standard();
  services.entity("system/zones/zone")->properties["evacuation"]["target"] = "ssh://global2";
  Service instance;
  instance.fmri = "svc:/system/zones/zone:kz1";
  services.add(instance);
  EXPECT_EQ(services.property(*services.entity("system/zones/zone:kz1"), "evacuation/target"), "ssh://global2");
  EXPECT_FALSE(services.property(*services.entity("ntp"), "evacuation/target"));
}

}  // namespace
}  // namespace kzsim::zones
