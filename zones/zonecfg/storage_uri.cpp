#include "zones/zonecfg/storage_uri.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

namespace kzsim::zones {

namespace {

StorageUriResult refuse(std::string_view text, std::string_view expected) {
  return {std::nullopt, fmt::format("{}: not a valid storage URI; expected {}", text, expected)};
}

constexpr std::string_view kForms =
    "dev:/dev/..., iscsi://[host[:port]]/luname.naa.ID, nfs://user:group@host[:port]/path or lu:luname.naa.ID";

// "host", "host:port", "[v6]" or "[v6]:port" into uri.host and uri.port; false when malformed.
bool parse_authority(std::string_view authority, StorageUri& uri) {
  std::string_view port_text;
  if (authority.starts_with('[')) {
    auto close = authority.find(']');
    if (close == std::string_view::npos || close == 1) return false;
    uri.host = std::string(authority.substr(1, close - 1));
    std::string_view rest = authority.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') return false;
      port_text = rest.substr(1);
    }
  } else {
    auto colon = authority.find(':');
    uri.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port_text = authority.substr(colon + 1);
    if (uri.host.find_first_of("[]@/") != std::string::npos) return false;
  }
  if (authority.find(':') != std::string_view::npos && port_text.empty()) return false;
  if (!port_text.empty()) {
    int port = 0;
    auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (error != std::errc() || end != port_text.data() + port_text.size() || port <= 0 || port > 65535) return false;
    uri.port = port;
  }
  return true;
}

// A "." or ".." component: suri(7) (Oracle Solaris 11.4 "Local Device URI": "The path must refer
// to a device in the /dev name space") leaves no way out of /dev.
bool climbs(std::string_view path) {
  for (std::size_t start = 0; start <= path.size();) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view component = path.substr(start, end - start);
    if (component == "." || component == "..") return true;
    start = end + 1;
  }
  return false;
}

StorageUriResult parse_dev(std::string_view text, std::string_view rest) {
  if (rest.empty() || rest.find_first_of(" \t") != std::string_view::npos)
    return refuse(text, "dev: followed by a device path such as dev:/dev/dsk/c9t0d0");
  if (climbs(rest)) return refuse(text, "a device path in the /dev name space, without . or .. components");
  StorageUri uri{"dev", "", std::nullopt, std::string(rest), "", "", false};
  return {uri, ""};
}

StorageUriResult parse_iscsi(std::string_view text, std::string_view rest) {
  auto slash = rest.find('/');
  if (slash == std::string_view::npos || slash + 1 == rest.size())
    return refuse(text, "iscsi://[host[:port]]/luname.naa.ID");
  StorageUri uri{"iscsi", "", std::nullopt, std::string(rest.substr(slash + 1)), "", "", true};
  if (slash > 0 && !parse_authority(rest.substr(0, slash), uri)) return refuse(text, "iscsi://[host[:port]]/luname.naa.ID");
  if (!uri.path.starts_with("luname.") && !uri.path.starts_with("target."))
    return refuse(text, "an iSCSI LU named luname.naa.ID or target.IQN after the host");
  return {uri, ""};
}

StorageUriResult parse_nfs(std::string_view text, std::string_view rest) {
  constexpr std::string_view form = "nfs://user:group@host[:port]/path";
  auto at = rest.find('@');
  auto slash = rest.find('/', at == std::string_view::npos ? 0 : at);
  if (at == std::string_view::npos || slash == std::string_view::npos || slash + 1 == rest.size()) return refuse(text, form);
  std::string_view credentials = rest.substr(0, at);
  auto colon = credentials.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == credentials.size()) return refuse(text, form);
  StorageUri uri{"nfs", "", std::nullopt, std::string(rest.substr(slash)),
                 std::string(credentials.substr(0, colon)), std::string(credentials.substr(colon + 1)), true};
  std::string_view authority = rest.substr(at + 1, slash - at - 1);
  if (authority.empty() || !parse_authority(authority, uri)) return refuse(text, form);
  return {uri, ""};
}

StorageUriResult parse_lu(std::string_view text, std::string_view rest) {
  if (!rest.starts_with("luname.") && !rest.starts_with("initiator."))
    return refuse(text, "lu:luname.naa.ID or lu:initiator.naa.ID,target.naa.ID,luname.naa.ID");
  StorageUri uri{"lu", "", std::nullopt, std::string(rest), "", "", true};
  return {uri, ""};
}

}  // namespace

StorageUriResult parse_storage_uri(std::string_view text) {
  if (text.starts_with("dev:")) return parse_dev(text, text.substr(4));
  if (text.starts_with("iscsi://")) return parse_iscsi(text, text.substr(8));
  if (text.starts_with("nfs://")) return parse_nfs(text, text.substr(6));
  if (text.starts_with("lu:")) return parse_lu(text, text.substr(3));
  return refuse(text, kForms);
}

}  // namespace kzsim::zones
