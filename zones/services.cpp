#include "zones/services.hpp"

#include <array>
#include <utility>

namespace kzsim::zones {

namespace {

constexpr std::array<std::pair<ServiceState, std::string_view>, 6> kStateNames{{
    {ServiceState::Online, "online"},
    {ServiceState::Offline, "offline"},
    {ServiceState::Disabled, "disabled"},
    {ServiceState::Maintenance, "maintenance"},
    {ServiceState::Degraded, "degraded"},
    {ServiceState::Uninitialized, "uninitialized"},
}};

constexpr std::string_view kScheme = "svc:/";

std::string_view without_scheme(std::string_view fmri) {
  return fmri.starts_with(kScheme) ? fmri.substr(kScheme.size()) : fmri;
}

// "*" matches any run of characters, "?" any one.
bool glob_match(std::string_view pattern, std::string_view text) {
  if (pattern.empty()) return text.empty();
  if (pattern.front() == '*')
    return glob_match(pattern.substr(1), text) ||
           (!text.empty() && glob_match(pattern, text.substr(1)));
  return !text.empty() && (pattern.front() == '?' || pattern.front() == text.front()) &&
         glob_match(pattern.substr(1), text.substr(1));
}

// SMF abbreviations: the pattern names the last components of the service name, plus
// optionally the instance; a pattern written with "svc:/" names the whole service.
bool abbreviation_match(std::string_view pattern, const Service& service) {
  const bool anchored = pattern.starts_with(kScheme);
  pattern = without_scheme(pattern);
  const std::string_view fmri = without_scheme(service.fmri);
  const auto pattern_colon = pattern.find(':');
  const auto fmri_colon = fmri.find(':');
  const std::string_view pattern_service = pattern.substr(0, pattern_colon);
  const std::string_view fmri_service = fmri.substr(0, fmri_colon);
  const bool service_matches =
      fmri_service == pattern_service ||
      (!anchored && fmri_service.ends_with(pattern_service) &&
       fmri_service[fmri_service.size() - pattern_service.size() - 1] == '/');
  if (!service_matches) return false;
  if (pattern_colon == std::string_view::npos) return true;
  return fmri_colon != std::string_view::npos &&
         fmri.substr(fmri_colon + 1) == pattern.substr(pattern_colon + 1);
}

bool names(std::string_view pattern, const Service& service) {
  if (pattern.find_first_of("*?") != std::string_view::npos)
    return glob_match(pattern, service.fmri) || glob_match(pattern, without_scheme(service.fmri));
  return abbreviation_match(pattern, service);
}

Service service(std::string fmri, ServiceState state, std::string description = {}) {
  Service s;
  s.fmri = std::move(fmri);
  s.state = state;
  s.description = std::move(description);
  return s;
}

}  // namespace

std::string_view service_state_name(ServiceState state) {
  for (const auto& [value, name] : kStateNames)
    if (value == state) return name;
  return "uninitialized";
}

std::optional<ServiceState> parse_service_state(std::string_view text) {
  for (const auto& [value, name] : kStateNames)
    if (name == text) return value;
  return std::nullopt;
}

bool Service::is_instance() const { return without_scheme(fmri).find(':') != std::string_view::npos; }

std::string Service::service_fmri() const { return fmri.substr(0, fmri.find(':', kScheme.size())); }

Services Services::standard() {
  Services all;
  all.add(service("svc:/system/rad:local", ServiceState::Online, "Remote Administration Daemon, local access"));
  all.add(service("svc:/system/rad:local-https", ServiceState::Online, "Remote Administration Daemon, local HTTPS access"));
  all.add(service("svc:/system/rad:remote", ServiceState::Online, "Remote Administration Daemon, remote access"));
  all.add(service("svc:/network/ntp:default", ServiceState::Online, "Network Time Protocol (NTP) Version 4"));
  all.add(service("svc:/network/kz-migr:stream", ServiceState::Online, "Kernel Zone Migration Service"));
  all.add(service("svc:/system/memory-reserve:zones", ServiceState::Disabled, "Memory Reservation Service"))
      .documentation = {"man -M /usr/share/man -s 8s memory-reserve", "man -M /usr/share/man -s 7 solaris-kz"};
  all.add(service("svc:/system/zones:default", ServiceState::Online, "Zones autoboot"));
  all.add(service("svc:/system/zones/zone", ServiceState::Online, "Zones delegated restarter"));
  return all;
}

Service& Services::add(Service service) {
  auto fmri = service.fmri;
  return services_.insert_or_assign(std::move(fmri), std::move(service)).first->second;
}

std::vector<Service*> Services::instances(std::string_view pattern) {
  std::vector<Service*> found;
  for (auto& [fmri, service] : services_)
    if (service.is_instance() && names(pattern, service)) found.push_back(&service);
  return found;
}

Service* Services::entity(std::string_view name) {
  if (name.find(':', name.starts_with(kScheme) ? kScheme.size() : 0) == std::string_view::npos)
    for (auto& [fmri, service] : services_)
      if (!service.is_instance() && abbreviation_match(name, service)) return &service;
  auto found = instances(name);
  return found.size() == 1 ? found.front() : nullptr;
}

std::optional<std::string> Services::property(const Service& entity,
                                              std::string_view pg_and_prop) const {
  const auto slash = pg_and_prop.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string group(pg_and_prop.substr(0, slash));
  const std::string name(pg_and_prop.substr(slash + 1));
  for (const Service* holder = &entity; holder != nullptr;) {
    if (auto pg = holder->properties.find(group); pg != holder->properties.end())
      if (auto value = pg->second.find(name); value != pg->second.end()) return value->second;
    if (!holder->is_instance()) break;
    auto parent = services_.find(holder->service_fmri());
    holder = parent == services_.end() ? nullptr : &parent->second;
  }
  return std::nullopt;
}

}  // namespace kzsim::zones
