#include "zones/migration/migration_uri.hpp"

#include <charconv>

#include <fmt/format.h>

namespace kzsim::zones {

namespace {
constexpr std::string_view kExpected = "expected ssh://, rads:// or radg://[user@]host[:port], or [user@]host";
}

MigrationUriResult parse_migration_uri(std::string_view text, std::string_view current_user) {
  const auto refuse = [&](std::string_view why) {
    return MigrationUriResult{std::nullopt, fmt::format("{}: {}; {}", text, why, kExpected)};
  };
  MigrationUri uri{"rads", std::string(current_user), "", kRadPort};
  std::string_view rest = text;
  if (const auto scheme_end = rest.find("://"); scheme_end != std::string_view::npos) {
    uri.scheme = std::string(rest.substr(0, scheme_end));
    if (uri.scheme != "ssh" && uri.scheme != "rads" && uri.scheme != "radg") return refuse("unknown scheme");
    uri.port = uri.uses_ssh() ? kSshPort : kRadPort;
    rest.remove_prefix(scheme_end + 3);
  }
  if (const auto at = rest.find('@'); at != std::string_view::npos) {
    uri.user = std::string(rest.substr(0, at));
    if (uri.user.empty()) return refuse("empty user name");
    rest.remove_prefix(at + 1);
  }
  if (const auto colon = rest.find(':'); colon != std::string_view::npos) {
    const std::string_view port = rest.substr(colon + 1);
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), uri.port);
    if (error != std::errc{} || end != port.data() + port.size() || uri.port <= 0 || uri.port > 65535)
      return refuse("the port is not a number from 1 to 65535");
    rest = rest.substr(0, colon);
  }
  if (rest.empty() || rest.find('/') != std::string_view::npos) return refuse("no host name");
  uri.host = std::string(rest);
  return {uri, {}};
}

}  // namespace kzsim::zones
