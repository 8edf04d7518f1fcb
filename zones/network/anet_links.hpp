#pragma once
// What a running kernel zone's anet resources become: on the host a VNIC named ZONE/netID over
// the resolved lower link (with an SR-IOV virtual function when iov allows and one is free), in
// the guest a link netN, N ordering the anets by id. Derived from the running zones' live
// configurations, so VNICs appear when a zone boots and go away when it halts.
#include <optional>
#include <string>
#include <vector>

#include "zones/host.hpp"
#include "zones/network/datalinks.hpp"

namespace kzsim::zones {

// kzsim model: an ixgbe port offers 63 virtual functions (82599/X540 limit).
inline constexpr int kVirtualFunctionsPerPort = 63;

struct AnetLink {
  std::string zone;
  int anet_id = 0;
  int guest_index = 0;     // the guest's netN
  std::string host_name;   // "kzone1/net0"
  std::string over;        // the lower link: a NIC or an aggregation
  std::string state;       // the lower link's state
  std::string mac;         // "2:8:20:42:cf:83" (Solaris prints octets without leading zeros)
  std::string mac_type;    // "fixed" or "random"
  std::vector<std::string> extra_macs;   // one per mac resource with an address, in order
  std::optional<int> pvid;               // vlan-id: stripped by the host
  std::vector<int> extra_vids;           // vlan resources' vlan-id: passed through tagged
  std::vector<std::string> allowed_mac_prefixes;
  std::vector<std::string> allowed_vids;  // allowed-vlan-ids items, as configured ("100-199")
  std::string iov = "off";                // the anet's iov: off, on or auto
  std::string vf_port;                    // the NIC a virtual function comes from; empty: none
  std::string vf_device;                  // the guest's VF device, "ixgbevf0"; empty: none
  std::string media = "Ethernet";         // "Infiniband" for an IPoIB anet (pkey set)
  std::string pkey, linkmode;             // IPoIB properties as configured
};

// Every running zone's anets on `host`, zones by name, each zone's anets by id.
std::vector<AnetLink> anet_links(const Host& host, const Datalinks& links);

// One zone's anets as the guest sees them, whether it runs or not (by id).
std::vector<AnetLink> zone_anet_links(const Host& host, const Datalinks& links, const Zone& zone);

}  // namespace kzsim::zones
