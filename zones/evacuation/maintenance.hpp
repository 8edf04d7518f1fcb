#pragma once
// sysadm maintenance mode (chapter 6, "Setting Maintenance Mode to Prepare for Kernel Zone
// Evacuation"): while it is on, no zone may attach, boot or migrate in. It lives in the host's
// file system, so it survives reboots and host crashes as the guide says it must.
#include <optional>
#include <string>
#include <string_view>

#include "zones/host.hpp"

namespace kzsim::zones {

struct Maintenance {
  std::string type = "admin";  // the only type the guide knows
  std::string user;
  std::string date;            // "2024-02-01 09:00", from the simulated clock
  std::string message;
};

inline constexpr std::string_view kMaintenancePath = "/var/share/zones/maintenance";
inline constexpr std::string_view kSysadmAuditPath = "/var/share/audit/sysadm";

std::optional<Maintenance> current_maintenance(const Host& host);
bool in_maintenance(const Host& host);

// Starts or ends maintenance mode and appends an audit record for it.
void start_maintenance(Host& host, const Maintenance& maintenance);
void end_maintenance(Host& host, std::string_view user, std::string_view date);

// What zoneadm says when maintenance mode refuses `action` ("boot", "attach", "migrate in"):
// "host global is in maintenance mode (sysadm maintain -l); end it with 'sysadm maintain -e' first"
std::string maintenance_refusal(const Host& host, std::string_view action);

}  // namespace kzsim::zones
