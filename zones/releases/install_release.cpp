#include "zones/releases/install_release.hpp"

#include <optional>

#include <fmt/format.h>

#include "zones/host.hpp"
#include "zones/releases/feature_releases.hpp"

namespace kzsim::zones {

namespace {

// The first release of an "Oracle Solaris 11.2" in `text`.
std::optional<catalog::Version> named_release(std::string_view text) {
  constexpr std::string_view kName = "Oracle Solaris ";
  for (auto at = text.find(kName); at != std::string_view::npos; at = text.find(kName, at + 1)) {
    const auto begin = at + kName.size();
    const auto end = text.find_first_not_of("0123456789.", begin);
    std::string_view digits = text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
    while (digits.ends_with('.')) digits.remove_suffix(1);
    if (auto release = catalog::Version::parse(digits)) return release;
  }
  return std::nullopt;
}

}  // namespace

InstallRelease install_release(const Host& host, const std::map<char, std::string>& options) {
  for (const char option : {'b', 'a'}) {
    const auto path = options.find(option);
    if (path == options.end()) continue;
    const auto release = named_release(host.files.read(path->second).value_or(""));
    if (!release) break;
    const ReleaseList& kernel_zones = FeatureReleaseTable::builtin().at("kernel-zones").guest_releases(host.arch());
    if (!release_has(kernel_zones, *release))
      return {*release, fmt::format("{} holds Oracle Solaris {}; a kernel zone runs Oracle Solaris {}",
                                    path->second, release->text(), release_names(kernel_zones))};
    return {*release, ""};
  }
  return {host.os, ""};
}

}  // namespace kzsim::zones
