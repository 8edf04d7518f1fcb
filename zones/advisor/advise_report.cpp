#include "zones/advisor/advise_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace kzsim::zones {

namespace {

std::string listed(const std::vector<std::string>& features) {
  return features.empty() ? "(none)" : fmt::format("{}", fmt::join(features, " "));
}

}  // namespace

namespace {

std::string group_report(const FleetGroup& group) {
  std::vector<std::string> names;
  for (const BaselineHost& host : group.hosts) names.push_back(host.name);
  std::string text = fmt::format("{} ({} host{}: {})\n", group.name, names.size(), names.size() == 1 ? "" : "s",
                                 fmt::join(names, ", "));
  const ClusterBaseline& baseline = group.baseline;
  if (!baseline.cpu_arch.empty()) {
    text += fmt::format("  cpu-arch: {}\n", baseline.cpu_arch);
    if (!baseline.host_compatible.empty()) text += fmt::format("  host-compatible: {}\n", baseline.host_compatible);
    text += fmt::format("  guest features: {}\n", listed(baseline.features));
    for (const HostDelta& host : baseline.hosts)
      text += fmt::format("  {} (native {}): keeps {}; loses {}\n", host.host, host.native_class, host.kept.size(),
                          listed(host.lost));
  }
  for (const auto& identical : group.identical)
    text += fmt::format("  identical CPUs: {}\n", fmt::join(identical, ", "));
  if (!group.answered) return text + fmt::format("  no answer: {}\n", group.answer);
  text += fmt::format("  type: {}\n", group.zonecfg.empty() ? "nothing; cpu-arch stays unset" : group.zonecfg);
  return text + fmt::format("  {}\n", group.answer);
}

}  // namespace

std::string fleet_report(const std::vector<FleetGroup>& groups) {
  std::string text;
  if (groups.size() > 1)
    text = fmt::format("{} groups: a kernel zone migrates only within one architecture, and cpu-arch classes exist "
                       "only on SPARC and Intel (guide ch.5 \"Preparation for Migrating Kernel Zones to Systems With "
                       "Different CPUs or OS Versions\")\n",
                       groups.size());
  for (const FleetGroup& group : groups) text += group_report(group);
  return text;
}

std::string reasons_report(std::string_view zone, std::string_view source, std::string_view target,
                           const std::vector<MigrationReason>& reasons) {
  if (reasons.empty()) return fmt::format("zone {} can migrate from {} to {}\n", zone, source, target);
  std::string text = fmt::format("zone {} cannot migrate from {} to {}: {} reason{}\n", zone, source, target,
                                 reasons.size(), reasons.size() == 1 ? "" : "s");
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    std::string reason = reasons[i].reason;
    for (std::size_t at = reason.find('\n'); at != std::string::npos; at = reason.find('\n', at + 4))
      reason.replace(at, 1, "\n   ");
    text += fmt::format("{}. {}\n   (guide ch.5 \"{}\")\n", i + 1, reason, reasons[i].section);
  }
  return text;
}

Listing fleet_rows(const std::vector<FleetGroup>& groups) {
  const auto or_null = [](const std::string& value) { return value.empty() ? ListingRow(nullptr) : ListingRow(value); };
  Listing rows;
  for (const FleetGroup& group : groups)
    for (const BaselineHost& host : group.hosts) {
      const auto delta = std::ranges::find(group.baseline.hosts, host.name, &HostDelta::host);
      const bool has_delta = delta != group.baseline.hosts.end();
      const auto identical = std::ranges::find_if(
          group.identical, [&](const std::vector<std::string>& names) { return std::ranges::find(names, host.name) != names.end(); });
      rows.push_back({{"group", group.name},
                      {"host", host.name},
                      {"native_class", or_null(host.model->native_class)},
                      {"cpu_arch", or_null(group.baseline.cpu_arch)},
                      {"host_compatible", or_null(group.baseline.host_compatible)},
                      {"kept", has_delta ? delta->kept : std::vector<std::string>{}},
                      {"lost", has_delta ? delta->lost : std::vector<std::string>{}},
                      {"identical", identical == group.identical.end() ? std::vector<std::string>{} : *identical},
                      {"zonecfg", or_null(group.zonecfg)},
                      {"answer", group.answer},
                      {"answered", group.answered}});
    }
  return rows;
}

Listing reason_rows(const std::vector<MigrationReason>& reasons) {
  Listing rows;
  for (const MigrationReason& reason : reasons) rows.push_back({{"reason", reason.reason}, {"section", reason.section}});
  return rows;
}

}  // namespace kzsim::zones
