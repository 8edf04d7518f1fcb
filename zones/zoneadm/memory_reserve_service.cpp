// svc:/system/memory-reserve:NAME (guide ch.2 "Memory Reservation Pools for Kernel Zones"):
// enabling carves the pool, disabling gives it back unless a running zone uses it, refreshing
// resizes it. A failed enable or disable leaves the instance in maintenance, a failed refresh
// degraded, with the reason svcs -x shows.
#include <sstream>

#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/services.hpp"
#include "zones/zoneadm/zone_memory.hpp"

namespace kzsim::zones {

namespace {

// svcs -x prints the reason after "  Reason: " and wraps it at 80 columns, continuing lines
// indented by two spaces (the guide's svcs -xv block for config/pagesize).
constexpr std::size_t kReasonWidth = 80 - std::string_view("  Reason: ").size();

// `message` may be a memory error's lines ("error: ...\n"); the reason quotes their words.
std::string method_reason(std::string_view message) {
  constexpr std::string_view kError = "error: ";
  if (message.starts_with(kError)) message.remove_prefix(kError.size());
  while (message.ends_with('\n')) message.remove_suffix(1);
  std::string text;
  std::istringstream words(fmt::format("Requested by service method: \"{}\"", message));
  std::size_t line_length = 0;
  std::size_t width = kReasonWidth;
  for (std::string word; words >> word;) {
    if (line_length > 0 && line_length + 1 + word.size() > width) {
      text += "\n  ";
      line_length = 0;
      width = 80 - 2;
    }
    text += (line_length > 0 ? " " : "") + word;
    line_length += (line_length > 0 ? 1 : 0) + word.size();
  }
  return text;
}

void fail(Service& service, ServiceState state, std::string_view message) {
  service.state = state;
  service.reason = method_reason(message);
}

std::string zones_using(const Host& host, std::string_view pool) {
  std::string names;
  for (const auto& [name, zone] : host.zones) {
    const Resource* capped = zone.live ? zone.live->first("capped-memory") : nullptr;
    if (zone.id >= 0 && capped && capped->get("memory-reserve") == pool) names += (names.empty() ? "" : ", ") + name;
  }
  return names;
}

void on_memory_reserve(CommandContext& context, Service& service, std::string_view action) {
  const Host& host = context.host;
  const std::string pool = service.fmri.substr(service.fmri.rfind(':') + 1);
  std::string error;
  if (action == "disable") {
    const std::string users = zones_using(host, pool);
    if (!users.empty()) {
      fail(service, ServiceState::Maintenance,
           fmt::format("Reserved memory is in use by kernel zones: {}; expected them halted first.", users));
    }
    return;
  }
  const bool refresh = action == "refresh";
  if ((!refresh && action != "enable") ||
      (service.state != ServiceState::Online && service.state != ServiceState::Degraded)) {
    return;
  }
  const ServiceState failed = refresh ? ServiceState::Degraded : ServiceState::Maintenance;
  const auto config = pool_config(host, service, error);
  if (!config) return fail(service, failed, error);
  error = refresh ? rebuild_host_memory_checked(host).failure
                  : rebuild_host_memory_checked(host, pool).memory.enable_pool(pool, *config);
  if (!error.empty()) return fail(service, failed, error);
  service.state = ServiceState::Online;
  service.reason.clear();
}

const bool registered = register_service_action("svc:/system/memory-reserve", on_memory_reserve);

}  // namespace

}  // namespace kzsim::zones
