#include "zones/advisor/advise_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace kzsim::zones {

namespace {

std::string listed(const std::vector<std::string>& features) {
  return features.empty() ? "(none)" : fmt::format("{}", fmt::join(features, " "));
}

}  // namespace

std::string baseline_report(const ClusterBaseline& baseline) {
  if (baseline.cpu_arch.empty()) return fmt::format("no common class: {}\n", baseline.no_class_reason);
  std::string text = fmt::format("cpu-arch: {}\n", baseline.cpu_arch);
  if (!baseline.host_compatible.empty()) text += fmt::format("host-compatible: {}\n", baseline.host_compatible);
  text += fmt::format("guest features: {}\n", listed(baseline.features));
  for (const HostDelta& host : baseline.hosts)
    text += fmt::format("{} (native {}): keeps {}; loses {}\n", host.host, host.native_class, host.kept.size(),
                        listed(host.lost));
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

Listing baseline_rows(const ClusterBaseline& baseline) {
  const auto or_null = [](const std::string& value) { return value.empty() ? ListingRow(nullptr) : ListingRow(value); };
  Listing rows;
  for (const HostDelta& host : baseline.hosts)
    rows.push_back({{"host", host.host},
                    {"native_class", host.native_class},
                    {"cpu_arch", or_null(baseline.cpu_arch)},
                    {"host_compatible", or_null(baseline.host_compatible)},
                    {"kept", host.kept},
                    {"lost", host.lost}});
  return rows;
}

Listing reason_rows(const std::vector<MigrationReason>& reasons) {
  Listing rows;
  for (const MigrationReason& reason : reasons) rows.push_back({{"reason", reason.reason}, {"section", reason.section}});
  return rows;
}

}  // namespace kzsim::zones
