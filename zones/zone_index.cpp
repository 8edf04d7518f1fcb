#include "zones/zone_index.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace kzsim::zones {

std::vector<std::string> zone_index(const Host& host) {
  std::vector<std::string> names;
  const std::string text = host.files.read(kZoneIndexPath).value_or("");
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string line = text.substr(at, end - at);
    if (!line.empty() && line.front() != '#') names.push_back(line.substr(0, line.find(':')));
    at = end + 1;
  }
  return names;
}

void add_to_zone_index(Host& host, std::string_view zone) {
  const auto names = zone_index(host);
  if (std::find(names.begin(), names.end(), zone) != names.end()) return;
  host.files.append(kZoneIndexPath, fmt::format("{}:configured:\n", zone));
}

namespace {

// Writes the index again with `from` named `to`, or left out when `to` is empty.
void rewrite(Host& host, std::string_view from, std::string_view to) {
  std::string text;
  for (const auto& name : zone_index(host)) {
    if (name != from) text += fmt::format("{}:configured:\n", name);
    else if (!to.empty()) text += fmt::format("{}:configured:\n", to);
  }
  host.files.write(kZoneIndexPath, std::move(text));
}

}  // namespace

void rename_in_zone_index(Host& host, std::string_view from, std::string_view to) { rewrite(host, from, to); }

void remove_from_zone_index(Host& host, std::string_view zone) { rewrite(host, zone, {}); }

}  // namespace kzsim::zones
