#include "zones/evacuation/evacuation_targets.hpp"

#include <map>

#include <fmt/format.h>

#include "zones/commands.hpp"
#include "zones/evacuation/record_file.hpp"

namespace kzsim::zones {

namespace {

using Committed = std::map<std::string, std::string, std::less<>>;  // FMRI -> refreshed value

Committed read_committed(const Host& host) {
  Committed committed;
  for (const auto& line : record_lines(host.files.read(kEvacuationTargetsPath).value_or(""))) {
    const auto fields = split_fields(line);
    if (fields.size() == 2) committed[fields[0]] = fields[1];
  }
  return committed;
}

void write_committed(Host& host, const Committed& committed) {
  std::string text;
  for (const auto& [fmri, value] : committed) text += join_fields({fmri, value});
  host.files.write(kEvacuationTargetsPath, std::move(text));
}

// The entity's own value (not inherited), as svccfg left it.
std::optional<std::string> own_value(const Host& host, const std::string& fmri) {
  const auto found = host.services.all().find(fmri);
  if (found == host.services.all().end()) return std::nullopt;
  const auto group = found->second.properties.find("evacuation");
  if (group == found->second.properties.end()) return std::nullopt;
  const auto value = group->second.find("target");
  if (value == group->second.end()) return std::nullopt;
  return value->second;
}

void commit(Committed& committed, const Host& host, const std::string& fmri) {
  if (auto value = own_value(host, fmri)) {
    committed[fmri] = *value;
  } else {
    committed.erase(fmri);
  }
}

std::vector<std::string> split_uris(std::string_view value) {
  std::vector<std::string> uris;
  for (std::size_t start = 0; start < value.size();) {
    const auto first = value.find_first_not_of(' ', start);
    if (first == std::string_view::npos) break;
    const auto end = value.find(' ', first);
    uris.emplace_back(value.substr(first, end - first));
    start = end == std::string_view::npos ? value.size() : end;
  }
  return uris;
}

void on_refresh(CommandContext& context, Service& service, std::string_view action) {
  if (action == "refresh") commit_evacuation_target(context.host, service.fmri);
}

const bool registered = register_service_action(std::string(kZoneServiceFmri), on_refresh) &&
                        register_service_action("svc:/system/zones", on_refresh);

}  // namespace

void commit_evacuation_target(Host& host, std::string_view refreshed) {
  const std::string service(kZoneServiceFmri);
  const std::string instance_prefix = service + ":";
  Committed committed = read_committed(host);
  if (refreshed.starts_with(instance_prefix)) commit(committed, host, std::string(refreshed));
  if (refreshed.starts_with(instance_prefix) || refreshed == service || refreshed == "svc:/system/zones:default")
    commit(committed, host, service);
  write_committed(host, committed);
}

EvacuationTargets evacuation_targets(const Host& host, std::string_view zone) {
  const std::string service(kZoneServiceFmri);
  const std::string instance = fmt::format("{}:{}", service, zone);
  const Committed committed = read_committed(host);
  for (const auto& fmri : {instance, service}) {
    const auto value = committed.find(fmri);
    if (value != committed.end() && !value->second.empty()) return {split_uris(value->second), {}};
  }
  for (const auto& fmri : {instance, service}) {
    if (const auto current = own_value(host, fmri); current && !current->empty())
      return {{}, fmt::format("{} of {} is set to '{}' but not in effect; expected 'svcadm refresh {}' after setting it",
                              kEvacuationTargetProperty, fmri, *current, fmri)};
  }
  return {{}, fmt::format("no evacuation target; expected {} set on {} or {} and refreshed", kEvacuationTargetProperty,
                          service, instance)};
}

std::string uri_host(std::string_view uri) {
  const auto scheme = uri.find("://");
  if (scheme == std::string_view::npos) return std::string(uri);
  std::string_view rest = uri.substr(scheme + 3);
  rest = rest.substr(0, rest.find('/'));
  if (const auto at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  return std::string(rest.substr(0, rest.find(':')));
}

}  // namespace kzsim::zones
