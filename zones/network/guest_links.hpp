#pragma once
// The VNICs and VLAN links made inside a kernel zone (dladm create-vnic / create-vlan in the
// guest) over the links its anets give it. They live in the guest's file system as
// /etc/dladm/guest-links.conf, a kzsim format (one link a line, in creation order:
// "vnic NAME OVER VID MAC" or "vlan NAME OVER VID"; VID 0 for an untagged VNIC), so that they
// persist with the zone like Solaris's own datalink configuration.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zones/host.hpp"
#include "zones/network/anet_links.hpp"

namespace kzsim::zones {

inline constexpr std::string_view kGuestLinksConf = "/etc/dladm/guest-links.conf";

struct GuestDatalink {
  std::string kind;  // "vnic" or "vlan"
  std::string name;
  std::string over;  // the guest link: "net0"
  int vid = 0;       // 0: untagged
  std::string mac;   // a VNIC's address; a VLAN link uses its link's
};

// In creation order; a line that does not read is skipped (the file is kzsim's own).
std::vector<GuestDatalink> guest_datalinks(const Host& system);
void save_guest_datalinks(Host& system, const std::vector<GuestDatalink>& links);

// Whether the anet passes `vid` tagged to the guest: one of its vlan resources' ids or within
// its allowed-vlan-ids.
bool anet_passes_vid(const AnetLink& anet, int vid);

}  // namespace kzsim::zones
