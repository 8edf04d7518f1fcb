#include "firmware-models/verified_boot/module_signature.hpp"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace kzsim::firmware {

std::optional<Certificate> Certificate::parse(std::string_view pem, std::string& error) {
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
  std::unique_ptr<X509, decltype(&X509_free)> x509(
      bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr, &X509_free);
  if (!x509) {
    ERR_clear_error();
    error = "not an X.509 certificate; expected one in PEM form (-----BEGIN CERTIFICATE-----)";
    return std::nullopt;
  }
  EVP_PKEY* key = X509_get_pubkey(x509.get());
  if (key == nullptr || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
    EVP_PKEY_free(key);
    error = "its key is not Ed25519; expected a certificate of an Ed25519 signing key";
    return std::nullopt;
  }
  Certificate certificate;
  certificate.key_ = std::shared_ptr<void>(key, [](void* k) { EVP_PKEY_free(static_cast<EVP_PKEY*>(k)); });
  char* subject = X509_NAME_oneline(X509_get_subject_name(x509.get()), nullptr, 0);
  certificate.subject_ = subject != nullptr ? subject : "";
  OPENSSL_free(subject);
  return certificate;
}

bool Certificate::verifies(std::string_view module, std::string_view signature) const {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  const bool verified = context &&
         EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, static_cast<EVP_PKEY*>(key_.get())) == 1 &&
         EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                          reinterpret_cast<const unsigned char*>(module.data()), module.size()) == 1;
  if (!verified) ERR_clear_error();  // a refused signature leaves nothing in the thread's error queue
  return verified;
}

}  // namespace kzsim::firmware
