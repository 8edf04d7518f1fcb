#include "zones/network/guest_links.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <sstream>

namespace kzsim::zones {

namespace {
std::optional<int> number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}
}  // namespace

std::vector<GuestDatalink> guest_datalinks(const Host& system) {
  std::vector<GuestDatalink> links;
  std::istringstream lines(system.files.read(kGuestLinksConf).value_or(""));
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    GuestDatalink link;
    std::string vid;
    words >> link.kind >> link.name >> link.over >> vid >> link.mac;
    const auto parsed = number(vid);
    if ((link.kind == "vnic" || link.kind == "vlan") && parsed) {
      link.vid = *parsed;
      links.push_back(std::move(link));
    }
  }
  return links;
}

void save_guest_datalinks(Host& system, const std::vector<GuestDatalink>& links) {
  std::string text;
  for (const GuestDatalink& link : links)
    text += fmt::format("{} {} {} {}{}\n", link.kind, link.name, link.over, link.vid, link.mac.empty() ? "" : " " + link.mac);
  system.files.write(kGuestLinksConf, std::move(text));
}

bool anet_passes_vid(const AnetLink& anet, int vid) {
  if (std::ranges::find(anet.extra_vids, vid) != anet.extra_vids.end()) return true;
  for (const std::string& allowed : anet.allowed_vids) {
    std::istringstream items(allowed);
    for (std::string item; std::getline(items, item, ',');) {
      const auto dash = item.find('-');
      const auto low = number(item.substr(0, dash));
      const auto high = dash == std::string::npos ? low : number(item.substr(dash + 1));
      if (low && high && *low <= vid && vid <= *high) return true;
    }
  }
  return false;
}

}  // namespace kzsim::zones
