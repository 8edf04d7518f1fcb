// Build tool: sign_module KEY.pem MODULE SIGNATURE writes MODULE's detached Ed25519 signature
// (64 bytes) made with the private key in KEY.pem. Ed25519 is deterministic: same key and
// module, same signature.
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace {

std::vector<unsigned char> read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int fail(const std::string& what) {
  std::fprintf(stderr, "sign_module: %s\n", what.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) return fail("expected sign_module KEY.pem MODULE SIGNATURE");
  std::unique_ptr<FILE, decltype(&std::fclose)> key_file(std::fopen(argv[1], "r"), &std::fclose);
  if (!key_file) return fail(std::string(argv[1]) + ": cannot be read; expected a PEM private key");
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
      PEM_read_PrivateKey(key_file.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
  if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
    return fail(std::string(argv[1]) + ": not an Ed25519 private key in PEM form");
  const std::vector<unsigned char> module = read_file(argv[2]);
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  std::vector<unsigned char> signature(64);
  std::size_t length = signature.size();
  if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
      EVP_DigestSign(context.get(), signature.data(), &length, module.data(), module.size()) != 1)
    return fail(std::string(argv[2]) + ": signing failed");
  std::ofstream out(argv[3], std::ios::binary);
  out.write(reinterpret_cast<const char*>(signature.data()), static_cast<std::streamsize>(length));
  return out ? 0 : fail(std::string(argv[3]) + ": cannot be written");
}
