#pragma once
// Encryption of migration memory traffic (guide ch.5 "Secure Migration"). kzsim model of which
// ciphers a host offers by its Oracle Solaris release, chosen to fit Examples 5-9 and 5-10:
// 11.2 offers aes-128-cbc, 11.3 adds aes-128-ccm and aes-128-gcm, 11.4 drops aes-128-cbc.
// "none" is always accepted by the side that starts the migration.
#include <string>
#include <vector>

#include "zones/host.hpp"

namespace kzsim::zones {

std::vector<std::string> host_ciphers(const Host& host);

struct CipherChoice {
  std::string cipher;  // the cipher to use ("none" for no encryption)
  std::string error;   // the lines to print when there is none; empty on success
};

// `requested` is "" (negotiate: the source's first cipher the destination offers), "none" or a
// cipher name. Errors are whole "zoneadm: zone 'Z': ..." lines.
CipherChoice choose_cipher(const Host& source, const Host& target, std::string_view zone, std::string_view requested);

// `zoneadm migrate -c list`: "source ciphers: ...\ndestination ciphers: ...\n".
std::string cipher_listing(const Host& source, const Host& target);

}  // namespace kzsim::zones
