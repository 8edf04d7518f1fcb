#pragma once
// Guide Table 1-1 and the other release facts of the guide as one table (feature_releases.yaml):
// a feature works only when both the host's release and the zone's own release have it. Every
// command that uses a release-dependent feature asks here (feature_release_refusal and its host and zone halves).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace kzsim::zones {

struct Host;
struct Zone;

// The releases that have a feature: "11.3" stands for every 11.3 update, "11.4.51" for 11.4
// from SRU 51 on.
using ReleaseList = std::vector<catalog::Version>;

struct FeatureReleases {
  std::string id;       // "live-migration"
  std::string feature;  // "live migration", as refusals name it
  std::map<catalog::Arch, ReleaseList> guest, host;
  std::string section;  // the guide section that states the rule
  std::string source;

  const ReleaseList& host_releases(catalog::Arch arch) const { return host.at(arch); }
  const ReleaseList& guest_releases(catalog::Arch arch) const { return guest.at(arch); }
};

class FeatureReleaseTable {
 public:
  static FeatureReleaseTable from_yaml(const std::string& file, std::string_view text);
  static const FeatureReleaseTable& builtin();

  // The row `id`; an unknown id is a programming error (std::out_of_range).
  const FeatureReleases& at(std::string_view id) const;
  const std::vector<FeatureReleases>& rows() const { return rows_; }

 private:
  std::vector<FeatureReleases> rows_;
};

// Whether `release` is one of `releases` (same major.minor, at least the listed update).
bool release_has(const ReleaseList& releases, const catalog::Version& release);

// Whether a host of `arch` running `release` carries the host-compatible `level`: its
// release_feature row's host releases have `release` (a level naming no row: every release).
bool host_release_carries(const catalog::HostCompatibleLevel& level, catalog::Arch arch, const catalog::Version& release);

// "11.4 or 11.3 SRU 8": the releases as the refusals name them.
std::string release_names(const ReleaseList& releases);

// The oldest release of the list, as "11.3".
std::string oldest_release(const ReleaseList& releases);

// Why `host` cannot use the feature `id`, or nothing: "live zone reconfiguration needs Oracle
// Solaris 11.4 or 11.3 on the host; host old runs Oracle Solaris 11.2".
std::optional<std::string> host_release_refusal(std::string_view id, const Host& host);

// Why `zone` (its own release) cannot use the feature `id` on a host of `host`'s architecture, or
// nothing; a zone never installed has no release and is not refused.
std::optional<std::string> zone_release_refusal(std::string_view id, const Host& host, const Zone& zone);

// The host's refusal, else the zone's.
std::optional<std::string> feature_release_refusal(std::string_view id, const Host& host, const Zone& zone);

}  // namespace kzsim::zones
