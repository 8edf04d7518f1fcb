#include "zones/evacuation/maintenance.hpp"

#include <fmt/format.h>

#include "zones/evacuation/record_file.hpp"

namespace kzsim::zones {

std::optional<Maintenance> current_maintenance(const Host& host) {
  const auto text = host.files.read(kMaintenancePath);
  if (!text) return std::nullopt;
  const auto fields = split_fields(*text);
  if (fields.size() < 4) return std::nullopt;
  return Maintenance{fields[0], fields[1], fields[2], fields[3]};
}

bool in_maintenance(const Host& host) { return host.files.exists(kMaintenancePath); }

void start_maintenance(Host& host, const Maintenance& maintenance) {
  host.files.write(kMaintenancePath,
                   join_fields({maintenance.type, maintenance.user, maintenance.date, maintenance.message}));
  host.files.append(kSysadmAuditPath,
                    join_fields({maintenance.date, maintenance.user, "maintain start", maintenance.message}));
}

void end_maintenance(Host& host, std::string_view user, std::string_view date) {
  host.files.remove(kMaintenancePath);
  host.files.append(kSysadmAuditPath, join_fields({std::string(date), std::string(user), "maintain end", ""}));
}

std::string maintenance_refusal(const Host& host, std::string_view action) {
  return fmt::format("cannot {}: host {} is in maintenance mode (sysadm maintain -l); end it with "
                     "'sysadm maintain -e' first",
                     action, host.name);
}

}  // namespace kzsim::zones
