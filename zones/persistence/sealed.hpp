#pragma once
// What a kernel zone keeps on its storage, encrypted and authenticated with AES-128-CCM under
// the zone's keysource (guide ch.7 "Encryption Keys and Host Data": host data and the suspend
// image share the key). A sealed text is
//   "KZSEAL1\n" | key check (8 bytes) | nonce (12) | tag (16) | ciphertext
// The key check (HMAC-SHA-256 of the key, truncated) tells a wrong key from damage; the label
// ("hostdata:ZONE") is authenticated too, so one zone's image never opens as another's. The
// nonce is derived from key, label and text (a synthetic nonce), so the same world and seed
// write the same bytes.
#include <optional>
#include <string>
#include <string_view>

#include "zones/zone.hpp"

namespace kzsim::zones::persistence {

// The zone's 16-byte AES key: keysource raw's bytes when it is "{base64}" of 16 bytes, else the
// first 16 bytes of SHA-256 of the raw text ("" for a zone without keysource, whose key kzsim
// keeps as /etc/zones/keys would).
std::string zone_key(const ZoneConfig& config);

std::string seal(std::string_view key, std::string_view label, std::string_view text);

enum class Unsealed { Opened, WrongKey, Damaged };

struct UnsealResult {
  Unsealed outcome = Unsealed::Damaged;
  std::string text;  // when opened
  std::string why;   // when damaged: "truncated", "not a sealed file", "authentication failed"
};

UnsealResult unseal(std::string_view key, std::string_view label, std::string_view sealed);

}  // namespace kzsim::zones::persistence
