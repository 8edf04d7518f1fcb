#pragma once
// A host's datalinks as dladm knows them: physical NICs and link aggregations, with the link
// properties set on them. They live in the host's file system as /etc/dladm/datalink.conf, in a
// kzsim format (one datalink a line, in link-id order), so that a scenario can describe a host's
// NICs under `files:` and dladm's changes persist like Solaris's own datalink.conf. A host
// without that file has its architecture's default NICs.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

inline constexpr std::string_view kDatalinkConf = "/etc/dladm/datalink.conf";

struct PhysicalLink {
  std::string name;    // "net0"
  std::string device;  // "ixgbe0"; the driver name is what precedes the instance number
  int speed_mbps = 10000;
  std::string state = "up";  // "up", "down" or "unknown" (no cable)
  std::map<std::string, std::string> properties;  // set by set-linkprop: "iov" -> "on"

  std::string driver() const;
};

struct Aggregation {
  std::string name;
  std::string mode;  // "dlmp" or "trunk"
  std::vector<std::string> ports;
  std::map<std::string, std::string> properties;
};

struct Datalinks {
  std::vector<PhysicalLink> physical;  // in link-id order
  std::vector<Aggregation> aggregations;

  const PhysicalLink* find_physical(std::string_view name) const;
  PhysicalLink* find_physical(std::string_view name);
  const Aggregation* find_aggregation(std::string_view name) const;
  Aggregation* find_aggregation(std::string_view name);
  bool exists(std::string_view name) const { return find_physical(name) || find_aggregation(name); }
  // "up", "down" or "unknown"; an aggregation is up while one of its ports is.
  std::string state(std::string_view link) const;
  // A link's speed in Mb/s: a NIC's own, an aggregation's fastest port's; 0 for an unknown name.
  int speed_mbps(std::string_view link) const;
};

// The default NICs of a host of this architecture (kzsim model, see datalinks.cpp).
Datalinks default_datalinks(catalog::Arch arch);

struct DatalinksResult {
  std::optional<Datalinks> links;
  std::string error;  // "/etc/dladm/datalink.conf:3: ..." naming the line and what was expected
};

DatalinksResult parse_datalinks(std::string_view text);
std::string datalinks_text(const Datalinks& links);

// The host's datalinks: its datalink.conf, or the default NICs when it has none.
DatalinksResult load_datalinks(const Host& host);
void save_datalinks(Host& host, const Datalinks& links);

}  // namespace kzsim::zones
