#include "zones/persistence/sealed.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <memory>

#include "zones/persistence/digest.hpp"

namespace kzsim::zones::persistence {

namespace {

constexpr std::string_view kMagic = "KZSEAL1\n";
constexpr std::size_t kCheckBytes = 8, kNonceBytes = 12, kTagBytes = 16, kKeyBytes = 16;
constexpr std::size_t kHeaderBytes = kMagic.size() + kCheckBytes + kNonceBytes + kTagBytes;

using Context = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }
unsigned char* bytes(std::string& text) { return reinterpret_cast<unsigned char*>(text.data()); }

std::string hmac(std::string_view key, std::string_view message) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes(message), message.size(), out, &length);
  return std::string(reinterpret_cast<const char*>(out), length);
}

std::string key_check(std::string_view key) { return hmac(key, "kzsim key check").substr(0, kCheckBytes); }

std::optional<std::string> base64_key(std::string_view raw) {
  constexpr std::string_view kPrefix = "{base64}";
  if (!raw.starts_with(kPrefix)) return std::nullopt;
  const std::string_view encoded = raw.substr(kPrefix.size());
  std::string decoded(encoded.size(), '\0');
  const int length = EVP_DecodeBlock(bytes(decoded), bytes(encoded), static_cast<int>(encoded.size()));
  const std::size_t padding = encoded.ends_with("==") ? 2 : encoded.ends_with("=") ? 1 : 0;
  if (length < 0 || static_cast<std::size_t>(length) - padding != kKeyBytes) return std::nullopt;
  return decoded.substr(0, kKeyBytes);
}

// One AES-128-CCM pass; `tag` is read (decrypting) or written (encrypting). False when the tag
// does not authenticate.
bool ccm(bool encrypt, std::string_view key, std::string_view nonce, std::string_view label, std::string_view in,
         std::string& out, std::string& tag) {
  Context context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  EVP_CIPHER_CTX* c = context.get();
  int length = 0;
  out.assign(in.size(), '\0');
  if (EVP_CipherInit_ex(c, EVP_aes_128_ccm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1) return false;
  EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_SET_IVLEN, static_cast<int>(nonce.size()), nullptr);
  EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(kTagBytes), encrypt ? nullptr : tag.data());
  if (EVP_CipherInit_ex(c, nullptr, nullptr, bytes(key), bytes(nonce), encrypt ? 1 : 0) != 1) return false;
  if (EVP_CipherUpdate(c, nullptr, &length, nullptr, static_cast<int>(in.size())) != 1) return false;
  if (EVP_CipherUpdate(c, nullptr, &length, bytes(label), static_cast<int>(label.size())) != 1) return false;
  // CCM checks the tag in this call when decrypting.
  if (EVP_CipherUpdate(c, bytes(out), &length, bytes(in), static_cast<int>(in.size())) != 1) return false;
  if (!encrypt) return true;
  if (EVP_CipherFinal_ex(c, bytes(out) + length, &length) != 1) return false;
  tag.assign(kTagBytes, '\0');
  return EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_GET_TAG, static_cast<int>(kTagBytes), tag.data()) == 1;
}

}  // namespace

std::string zone_key(const ZoneConfig& config) {
  const Resource* keysource = config.first("keysource");
  const std::string raw = keysource ? keysource->get("raw").value_or("") : "";
  if (auto key = base64_key(raw)) return *key;
  return sha256(raw).substr(0, kKeyBytes);
}

std::string seal(std::string_view key, std::string_view label, std::string_view text) {
  const std::string nonce = hmac(key, std::string(label) + '\0' + std::string(text)).substr(0, kNonceBytes);
  std::string ciphertext, tag;
  ccm(true, key, nonce, label, text, ciphertext, tag);
  return std::string(kMagic) + key_check(key) + nonce + tag + ciphertext;
}

UnsealResult unseal(std::string_view key, std::string_view label, std::string_view sealed) {
  if (!sealed.starts_with(kMagic)) return {Unsealed::Damaged, {}, sealed.size() < kMagic.size() ? "truncated" : "not a sealed file"};
  if (sealed.size() < kHeaderBytes) return {Unsealed::Damaged, {}, "truncated"};
  std::size_t at = kMagic.size();
  if (sealed.substr(at, kCheckBytes) != key_check(key)) return {Unsealed::WrongKey, {}, {}};
  const std::string_view nonce = sealed.substr(at += kCheckBytes, kNonceBytes);
  std::string tag(sealed.substr(at += kNonceBytes, kTagBytes));
  std::string text;
  if (!ccm(false, key, nonce, label, sealed.substr(at + kTagBytes), text, tag))
    return {Unsealed::Damaged, {}, "authentication failed (AES-128-CCM)"};
  return {Unsealed::Opened, std::move(text), {}};
}

}  // namespace kzsim::zones::persistence
