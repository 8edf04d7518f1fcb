#include "machine/x86/cpuid.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace kzsim::x86 {
namespace {

const catalog::X86Identity epyc{"AuthenticAMD", 23, 1, 2, "AMD EPYC 7601 32-Core Processor"};

TEST(Cpuid, SetsOnlyTheListedFeaturesOnTopOfTheBaseline) {
  const Cpuid cpuid(epyc, {"sse4.2", "popcnt"});
  const CpuidResult leaf1 = cpuid.query(1, 0);
  EXPECT_TRUE(leaf1.ecx & (1u << 20));   // sse4.2
  EXPECT_TRUE(leaf1.ecx & (1u << 23));   // popcnt
  EXPECT_FALSE(leaf1.ecx & (1u << 25));  // aes
  EXPECT_FALSE(leaf1.ecx & (1u << 28));  // avx
  EXPECT_TRUE(leaf1.ecx & (1u << 31));   // hypervisor
  EXPECT_TRUE(leaf1.edx & (1u << 26));   // sse2, baseline
  EXPECT_EQ(cpuid.query(7, 0).ebx, 0u);
  EXPECT_TRUE(cpuid.query(0x80000001, 0).edx & (1u << 29));  // lm
  EXPECT_TRUE(cpuid.has("sse2"));
  EXPECT_FALSE(cpuid.has("aes"));

  const Cpuid wider(epyc, {"avx2", "aes"});
  EXPECT_TRUE(wider.query(7, 0).ebx & (1u << 5));
  EXPECT_TRUE(wider.query(1, 0).ecx & (1u << 25));
}

TEST(Cpuid, ReportsVendorSignatureBrandAndHypervisorLeaf) {
  const Cpuid cpuid(epyc, {});
  const CpuidResult leaf0 = cpuid.query(0, 0);
  EXPECT_EQ(leaf0.ebx, 0x68747541u);  // "Auth"
  EXPECT_EQ(leaf0.edx, 0x69746e65u);  // "enti"
  EXPECT_EQ(leaf0.ecx, 0x444d4163u);  // "cAMD"
  // family 23 = 0xF + extended 8; model 1; stepping 2
  EXPECT_EQ(cpuid.query(1, 0).eax, 0x00800f12u);
  EXPECT_EQ(cpuid.query(0x80000002, 0).eax, 0x20444d41u);  // "AMD "
  const CpuidResult hv = cpuid.query(0x40000000, 0);
  EXPECT_EQ(hv.eax, 0x40000001u);
  EXPECT_EQ(hv.ebx, 0x616c6f53u);  // "Sola"
}

TEST(Cpuid, KnowsEveryFeatureOfTheBuiltinX86Models) {
  for (const auto& model : catalog::Catalog::builtin().models()) {
    if (model.arch != catalog::Arch::X86 || !model.x86) continue;
    const Cpuid cpuid(*model.x86, model.isa);
    for (const auto& feature : model.isa) EXPECT_TRUE(cpuid.has(feature)) << model.id << " " << feature;
  }
}

TEST(Cpuid, SubLeavesCarryTheirOwnFeatures) {
  const Cpuid cpuid(epyc, {"avx-vnni", "xsaveopt"});
  EXPECT_EQ(cpuid.query(7, 0).eax, 1u);
  EXPECT_EQ(cpuid.query(7, 1).eax, 1u << 4);
  EXPECT_EQ(cpuid.query(0xD, 1).eax, 1u);
  EXPECT_EQ(cpuid.query(0xD, 0).eax, 0u);
}

TEST(Cpuid, RefusesAnUnknownFeature) { EXPECT_THROW(Cpuid(epyc, {"avx1024"}), InputError); }

}  // namespace
}  // namespace kzsim::x86
