#pragma once
// The target of `zoneadm migrate`: ssh://, rads://, radg://[user@]host[:port], or a bare
// [user@]host, which means rads:// as the current user on the standard RAD port 12302.
#include <optional>
#include <string>
#include <string_view>

namespace kzsim::zones {

inline constexpr int kRadPort = 12302;
inline constexpr int kSshPort = 22;

struct MigrationUri {
  std::string scheme;  // "ssh", "rads", "radg"
  std::string user;
  std::string host;
  int port = kRadPort;

  bool uses_ssh() const { return scheme == "ssh"; }
};

struct MigrationUriResult {
  std::optional<MigrationUri> uri;
  std::string error;  // names the text and what was expected; empty on success
};

MigrationUriResult parse_migration_uri(std::string_view text, std::string_view current_user);

}  // namespace kzsim::zones
