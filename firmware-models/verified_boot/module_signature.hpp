#pragma once
// Detached Ed25519 signatures of boot modules, checked with OpenSSL EVP_DigestVerify against
// the public key of an X.509 certificate (as elfsign(1) checks a module against a certificate).
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kzsim::firmware {

class Certificate {
 public:
  // Nothing, and `error` saying what was expected, when `pem` holds no X.509 certificate with
  // an Ed25519 public key.
  static std::optional<Certificate> parse(std::string_view pem, std::string& error);

  // Whether `signature` is this certificate's key's signature of exactly `module`.
  bool verifies(std::string_view module, std::string_view signature) const;
  const std::string& subject() const { return subject_; }  // "O=..., CN=..."

 private:
  std::shared_ptr<void> key_;  // EVP_PKEY
  std::string subject_;
};

}  // namespace kzsim::firmware
