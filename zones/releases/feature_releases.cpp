#include "zones/releases/feature_releases.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/catalog/yaml_table.hpp"
#include "zones/host.hpp"
#include "zones/zone.hpp"

namespace kzsim::embedded {
const std::map<std::string, std::string_view>& release_files();
}

namespace kzsim::zones {

namespace {

using catalog::TableNode;

constexpr catalog::Arch kArches[] = {catalog::Arch::Sparc, catalog::Arch::X86};

ReleaseList read_releases(const TableNode& list) {
  ReleaseList releases;
  for (const TableNode& item : list.items()) {
    catalog::Version release = item.version();
    if (release.parts.size() < 2 || release.parts.size() > 3)
      item.refuse("a release as 11.3 or a release and SRU as 11.4.51");
    releases.push_back(std::move(release));
  }
  if (releases.empty()) list.refuse("at least one release");
  return releases;
}

// {all: [...]} or {sparc: [...], x86: [...]}.
std::map<catalog::Arch, ReleaseList> read_sides(const TableNode& node) {
  node.only_keys({"all", "sparc", "x86"});
  std::map<catalog::Arch, ReleaseList> sides;
  if (node.has("all")) {
    if (node.has("sparc") || node.has("x86")) node.refuse("either all or sparc and x86");
    const ReleaseList releases = read_releases(node["all"]);
    for (catalog::Arch arch : kArches) sides[arch] = releases;
    return sides;
  }
  if (!node.has("sparc") || !node.has("x86")) node.refuse("all, or both sparc and x86");
  sides[catalog::Arch::Sparc] = read_releases(node["sparc"]);
  sides[catalog::Arch::X86] = read_releases(node["x86"]);
  return sides;
}

bool same_release(const catalog::Version& a, const catalog::Version& b) {
  return a.parts.size() >= 2 && b.parts.size() >= 2 && a.parts[0] == b.parts[0] && a.parts[1] == b.parts[1];
}

std::string release_name(const catalog::Version& release) {
  const std::string name = fmt::format("{}.{}", release.parts[0], release.parts[1]);
  return release.parts.size() > 2 ? fmt::format("{} SRU {}", name, release.parts[2]) : name;
}

std::string refusal(const FeatureReleases& row, const ReleaseList& releases, std::string_view where,
                    std::string_view who, const catalog::Version& found) {
  return fmt::format("{} needs Oracle Solaris {} {}; {} runs Oracle Solaris {}", row.feature, release_names(releases),
                     where, who, found.text());
}

}  // namespace

FeatureReleaseTable FeatureReleaseTable::from_yaml(const std::string& file, std::string_view text) {
  const TableNode table = TableNode::parse(file, text);
  table.only_keys({"features"});
  FeatureReleaseTable result;
  std::set<std::string, std::less<>> ids;
  for (const TableNode& entry : table["features"].items()) {
    entry.only_keys({"id", "feature", "guest", "host", "section", "source"});
    FeatureReleases row{.id = entry["id"].text(),
                        .feature = entry["feature"].text(),
                        .guest = read_sides(entry["guest"]),
                        .host = read_sides(entry["host"]),
                        .section = entry["section"].text(),
                        .source = entry["source"].text()};
    if (!ids.insert(row.id).second) entry["id"].refuse("an id no other feature has");
    result.rows_.push_back(std::move(row));
  }
  return result;
}

const FeatureReleaseTable& FeatureReleaseTable::builtin() {
  static const FeatureReleaseTable table =
      from_yaml("feature_releases.yaml", embedded::release_files().at("feature_releases.yaml"));
  return table;
}

const FeatureReleases& FeatureReleaseTable::at(std::string_view id) const {
  const auto found = std::ranges::find(rows_, id, &FeatureReleases::id);
  if (found == rows_.end()) throw std::out_of_range(fmt::format("no release row for feature '{}'", id));
  return *found;
}

bool release_has(const ReleaseList& releases, const catalog::Version& release) {
  return std::ranges::any_of(releases, [&](const catalog::Version& listed) {
    return same_release(listed, release) && release >= listed;
  });
}

bool host_release_carries(const catalog::HostCompatibleLevel& level, catalog::Arch arch, const catalog::Version& release) {
  return level.release_feature.empty() ||
         release_has(FeatureReleaseTable::builtin().at(level.release_feature).host_releases(arch), release);
}

std::string release_names(const ReleaseList& releases) {
  std::vector<std::string> names;
  for (const catalog::Version& release : releases) names.push_back(release_name(release));
  if (names.size() == 1) return names.front();
  const std::string last = names.back();
  names.pop_back();
  return fmt::format("{} or {}", fmt::join(names, ", "), last);
}

std::string oldest_release(const ReleaseList& releases) {
  return release_name(*std::ranges::min_element(releases));
}

std::optional<std::string> host_release_refusal(std::string_view id, const Host& host) {
  const FeatureReleases& row = FeatureReleaseTable::builtin().at(id);
  const ReleaseList& releases = row.host_releases(host.arch());
  if (release_has(releases, host.os)) return std::nullopt;
  return refusal(row, releases, "on the host", fmt::format("host {}", host.name), host.os);
}

std::optional<std::string> zone_release_refusal(std::string_view id, const Host& host, const Zone& zone) {
  if (zone.guest_os.parts.empty()) return std::nullopt;
  const FeatureReleases& row = FeatureReleaseTable::builtin().at(id);
  const ReleaseList& releases = row.guest_releases(host.arch());
  if (release_has(releases, zone.guest_os)) return std::nullopt;
  return refusal(row, releases, "in the zone", fmt::format("zone {}", zone.name), zone.guest_os);
}

std::optional<std::string> feature_release_refusal(std::string_view id, const Host& host, const Zone& zone) {
  if (auto refused = host_release_refusal(id, host)) return refused;
  return zone_release_refusal(id, host, zone);
}

}  // namespace kzsim::zones
