// Detached Ed25519 signatures of the built boot modules: each verifies with its signer's
// certificate only; a flipped byte anywhere in the module or signature, a cut or lengthened
// signature, or another key's signature never verifies.
#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <memory>

#include "firmware-models/verified_boot/module_signature.hpp"
#include "firmware-models/verified_boot/verified_boot_table.hpp"

namespace kzsim::firmware {
namespace {

constexpr catalog::Arch kArches[] = {catalog::Arch::X86, catalog::Arch::Sparc};

Certificate certificate(const NamedCertificate& named) {
  std::string error;
  auto parsed = Certificate::parse(named.pem, error);
  EXPECT_TRUE(parsed) << error;
  return *parsed;
}

const Certificate& system_certificate() {
  static const Certificate parsed = certificate(verified_boot_table().system_certificate);
  return parsed;
}

const Certificate& vendor_certificate() {
  static const Certificate parsed = certificate(verified_boot_table().vendor_certificate);
  return parsed;
}

// A signature of `module` by a key made now, not the build's.
std::string signed_by_fresh_key(const std::string& module) {
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), &EVP_PKEY_free);
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  std::string signature(64, '\0');
  std::size_t length = signature.size();
  EXPECT_EQ(EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()), 1);
  EXPECT_EQ(EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                           reinterpret_cast<const unsigned char*>(module.data()), module.size()),
            1);
  return signature;
}

TEST(ModuleSignature, TheBuildSignedEachModuleWithItsSignersKeyOnly) {
  for (const catalog::Arch arch : kArches) {
    const SignedModule kernel = built_module(ModuleImage::Kernel, arch);
    const SignedModule vendor = built_module(ModuleImage::Vendor, arch);
    ASSERT_TRUE(kernel.signature && vendor.signature);
    EXPECT_EQ(kernel.signature->size(), 64u);
    EXPECT_TRUE(system_certificate().verifies(kernel.bytes, *kernel.signature));
    EXPECT_TRUE(vendor_certificate().verifies(vendor.bytes, *vendor.signature));
    EXPECT_FALSE(vendor_certificate().verifies(kernel.bytes, *kernel.signature));  // wrong key
    EXPECT_FALSE(system_certificate().verifies(vendor.bytes, *vendor.signature));
  }
}

TEST(ModuleSignature, EveryFlippedByteOfTheModuleIsRefused) {
  for (const catalog::Arch arch : kArches) {
    const SignedModule kernel = built_module(ModuleImage::Kernel, arch);
    for (std::size_t at = 0; at < kernel.bytes.size(); ++at) {
      std::string tampered = kernel.bytes;
      tampered[at] = static_cast<char>(tampered[at] ^ 0x01);
      EXPECT_FALSE(system_certificate().verifies(tampered, *kernel.signature)) << "byte " << at;
    }
  }
}

TEST(ModuleSignature, EveryFlippedByteOfTheSignatureIsRefused) {
  const SignedModule kernel = built_module(ModuleImage::Kernel, catalog::Arch::X86);
  for (std::size_t at = 0; at < kernel.signature->size(); ++at) {
    std::string tampered = *kernel.signature;
    tampered[at] = static_cast<char>(tampered[at] ^ 0x80);
    EXPECT_FALSE(system_certificate().verifies(kernel.bytes, tampered)) << "byte " << at;
  }
}

TEST(ModuleSignature, CutOrLengthenedSignaturesAndCutModulesAreRefused) {
  const SignedModule kernel = built_module(ModuleImage::Kernel, catalog::Arch::Sparc);
  for (std::size_t length = 0; length < kernel.signature->size(); ++length)
    EXPECT_FALSE(system_certificate().verifies(kernel.bytes, kernel.signature->substr(0, length))) << length;
  EXPECT_FALSE(system_certificate().verifies(kernel.bytes, *kernel.signature + '\0'));
  EXPECT_FALSE(system_certificate().verifies(kernel.bytes.substr(0, kernel.bytes.size() - 1), *kernel.signature));
  EXPECT_FALSE(system_certificate().verifies(kernel.bytes + '\0', *kernel.signature));
}

TEST(ModuleSignature, AnotherKeysSignatureIsRefused) {
  const SignedModule kernel = built_module(ModuleImage::Kernel, catalog::Arch::X86);
  EXPECT_FALSE(system_certificate().verifies(kernel.bytes, signed_by_fresh_key(kernel.bytes)));
}

TEST(ModuleSignature, WhatIsNotACertificateIsRefusedWithWhatWasExpected) {
  std::string error;
  EXPECT_FALSE(Certificate::parse("not a certificate", error));
  EXPECT_EQ(error, "not an X.509 certificate; expected one in PEM form (-----BEGIN CERTIFICATE-----)");
  const std::string& pem = verified_boot_table().system_certificate.pem;
  EXPECT_FALSE(Certificate::parse(pem.substr(0, pem.size() / 2), error));
  EXPECT_FALSE(Certificate::parse("", error));
}

TEST(ModuleSignature, TheSystemCertificateNamesItsSubject) {
  EXPECT_EQ(system_certificate().subject(),
            "/O=kzsim simulation/OU=Corporate Object Signing/OU=Solaris Signed Execution/CN=Solaris 11 (kzsim "
            "simulation key)");
}

}  // namespace
}  // namespace kzsim::firmware
