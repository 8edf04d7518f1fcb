#pragma once
// SMF on one host: the services the guide names, their states and their property groups.
// FMRIs resolve like svcs does: "ntp", "rad:remote", "system/zones/zone:kz1" and the full
// "svc:/..." form.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/units.hpp"

namespace kzsim::zones {

enum class ServiceState { Online, Offline, Disabled, Maintenance, Degraded, Uninitialized };

std::string_view service_state_name(ServiceState state);  // "online", "disabled", ...
std::optional<ServiceState> parse_service_state(std::string_view text);

struct Service {
  std::string fmri;  // "svc:/network/ntp:default"
  ServiceState state = ServiceState::Online;
  SimDuration since{0};  // when it entered its state (svcs STIME)
  // property group -> property -> value, as svcprop and svccfg see them
  std::map<std::string, std::map<std::string, std::string>> properties;
  std::string reason;  // why it is in maintenance (svcs -x)
  std::string description;  // "Memory Reservation Service"
  std::vector<std::string> documentation;  // svcs -xv "See:" lines: "man -M ... -s 7 solaris-kz"

  // "svc:/system/zones/zone" is a service; "svc:/system/zones/zone:kz1" one of its instances.
  bool is_instance() const;
  std::string service_fmri() const;  // the FMRI without its instance
};

class Services {
 public:
  // The services a fresh Solaris 11.4 global zone has (rad, ntp, kz-migr, memory-reserve, zones).
  static Services standard();

  Service& add(Service service);
  // The instances a pattern names: a full FMRI, an abbreviation ("ntp", "rad", "rad:remote",
  // "svc:/system/zones") or a "*"-glob; sorted by FMRI.
  std::vector<Service*> instances(std::string_view pattern);
  // The entity svccfg -s and svcprop act on: the service the name spells out
  // ("system/zones/zone"), else the one instance it names; nullptr when none or several.
  Service* entity(std::string_view name);
  // A property of an entity; an instance inherits its service's properties.
  std::optional<std::string> property(const Service& entity, std::string_view pg_and_prop) const;
  const std::map<std::string, Service>& all() const { return services_; }

 private:
  std::map<std::string, Service> services_;  // by FMRI
};

}  // namespace kzsim::zones
