#include "machine/x86/cpuid.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "core/error.hpp"

namespace kzsim::x86 {
namespace {

enum Reg { Eax, Ebx, Ecx, Edx };

struct FeatureBit {
  std::string_view name;
  std::uint32_t leaf;
  Reg reg;
  int bit;
  std::uint32_t subleaf = 0;
};

// Names as libvirt's cpu_map spells them.
constexpr std::array feature_bits = {
    FeatureBit{"fpu", 1, Edx, 0},        FeatureBit{"vme", 1, Edx, 1},
    FeatureBit{"de", 1, Edx, 2},         FeatureBit{"pse", 1, Edx, 3},
    FeatureBit{"tsc", 1, Edx, 4},        FeatureBit{"msr", 1, Edx, 5},
    FeatureBit{"pae", 1, Edx, 6},        FeatureBit{"mce", 1, Edx, 7},
    FeatureBit{"cx8", 1, Edx, 8},        FeatureBit{"apic", 1, Edx, 9},
    FeatureBit{"sep", 1, Edx, 11},       FeatureBit{"mtrr", 1, Edx, 12},
    FeatureBit{"pge", 1, Edx, 13},       FeatureBit{"mca", 1, Edx, 14},
    FeatureBit{"cmov", 1, Edx, 15},      FeatureBit{"pat", 1, Edx, 16},
    FeatureBit{"pse36", 1, Edx, 17},     FeatureBit{"clflush", 1, Edx, 19},
    FeatureBit{"mmx", 1, Edx, 23},       FeatureBit{"fxsr", 1, Edx, 24},
    FeatureBit{"sse", 1, Edx, 25},       FeatureBit{"sse2", 1, Edx, 26},
    FeatureBit{"ss", 1, Edx, 27},        FeatureBit{"ht", 1, Edx, 28},
    FeatureBit{"pni", 1, Ecx, 0},        FeatureBit{"pclmuldq", 1, Ecx, 1},
    FeatureBit{"ssse3", 1, Ecx, 9},      FeatureBit{"fma", 1, Ecx, 12},
    FeatureBit{"cx16", 1, Ecx, 13},      FeatureBit{"pcid", 1, Ecx, 17},
    FeatureBit{"sse4.1", 1, Ecx, 19},    FeatureBit{"sse4.2", 1, Ecx, 20},
    FeatureBit{"x2apic", 1, Ecx, 21},    FeatureBit{"movbe", 1, Ecx, 22},
    FeatureBit{"popcnt", 1, Ecx, 23},    FeatureBit{"tsc-deadline", 1, Ecx, 24},
    FeatureBit{"aes", 1, Ecx, 25},       FeatureBit{"xsave", 1, Ecx, 26},
    FeatureBit{"avx", 1, Ecx, 28},       FeatureBit{"f16c", 1, Ecx, 29},
    FeatureBit{"rdrand", 1, Ecx, 30},    FeatureBit{"fsgsbase", 7, Ebx, 0},
    FeatureBit{"bmi1", 7, Ebx, 3},       FeatureBit{"hle", 7, Ebx, 4},
    FeatureBit{"avx2", 7, Ebx, 5},       FeatureBit{"smep", 7, Ebx, 7},
    FeatureBit{"bmi2", 7, Ebx, 8},       FeatureBit{"erms", 7, Ebx, 9},
    FeatureBit{"invpcid", 7, Ebx, 10},   FeatureBit{"rtm", 7, Ebx, 11},
    FeatureBit{"mpx", 7, Ebx, 14},       FeatureBit{"avx512f", 7, Ebx, 16},
    FeatureBit{"avx512dq", 7, Ebx, 17},  FeatureBit{"rdseed", 7, Ebx, 18},
    FeatureBit{"adx", 7, Ebx, 19},       FeatureBit{"smap", 7, Ebx, 20},
    FeatureBit{"clflushopt", 7, Ebx, 23}, FeatureBit{"clwb", 7, Ebx, 24},
    FeatureBit{"avx512cd", 7, Ebx, 28},  FeatureBit{"sha-ni", 7, Ebx, 29},
    FeatureBit{"avx512bw", 7, Ebx, 30},  FeatureBit{"avx512vl", 7, Ebx, 31},
    FeatureBit{"avx512vbmi", 7, Ecx, 1}, FeatureBit{"umip", 7, Ecx, 2},
    FeatureBit{"pku", 7, Ecx, 3},        FeatureBit{"vaes", 7, Ecx, 9},
    FeatureBit{"vpclmulqdq", 7, Ecx, 10}, FeatureBit{"avx512-vnni", 7, Ecx, 11},
    FeatureBit{"rdpid", 7, Ecx, 22},     FeatureBit{"md-clear", 7, Edx, 10},
    FeatureBit{"spec-ctrl", 7, Edx, 26}, FeatureBit{"lahf_lm", 0x80000001, Ecx, 0},
    FeatureBit{"svm", 0x80000001, Ecx, 2}, FeatureBit{"abm", 0x80000001, Ecx, 5},
    FeatureBit{"sse4a", 0x80000001, Ecx, 6}, FeatureBit{"3dnowprefetch", 0x80000001, Ecx, 8},
    FeatureBit{"xop", 0x80000001, Ecx, 11}, FeatureBit{"fma4", 0x80000001, Ecx, 16},
    FeatureBit{"syscall", 0x80000001, Edx, 11}, FeatureBit{"nx", 0x80000001, Edx, 20},
    FeatureBit{"pdpe1gb", 0x80000001, Edx, 26}, FeatureBit{"rdtscp", 0x80000001, Edx, 27},
    FeatureBit{"lm", 0x80000001, Edx, 29},
    FeatureBit{"monitor", 1, Ecx, 3},    FeatureBit{"arat", 6, Eax, 2},
    FeatureBit{"fsrm", 7, Edx, 4},       FeatureBit{"serialize", 7, Edx, 14},
    FeatureBit{"tsx-ldtrk", 7, Edx, 16}, FeatureBit{"amx-bf16", 7, Edx, 22},
    FeatureBit{"avx512-fp16", 7, Edx, 23}, FeatureBit{"amx-tile", 7, Edx, 24},
    FeatureBit{"amx-int8", 7, Edx, 25},  FeatureBit{"avx512vbmi2", 7, Ecx, 6},
    FeatureBit{"gfni", 7, Ecx, 8},       FeatureBit{"avx512vnni", 7, Ecx, 11},
    FeatureBit{"avx512bitalg", 7, Ecx, 12}, FeatureBit{"avx512-vpopcntdq", 7, Ecx, 14},
    FeatureBit{"movdiri", 7, Ecx, 27},   FeatureBit{"movdir64b", 7, Ecx, 28},
    FeatureBit{"avx-vnni", 7, Eax, 4, 1}, FeatureBit{"avx512-bf16", 7, Eax, 5, 1},
    FeatureBit{"xsaveopt", 0xD, Eax, 0, 1}, FeatureBit{"xsavec", 0xD, Eax, 1, 1},
    FeatureBit{"xgetbv1", 0xD, Eax, 2, 1}, FeatureBit{"misalignsse", 0x80000001, Ecx, 7},
    FeatureBit{"lwp", 0x80000001, Ecx, 15}, FeatureBit{"tbm", 0x80000001, Ecx, 21},
    FeatureBit{"clzero", 0x80000008, Ebx, 0}, FeatureBit{"wbnoinvd", 0x80000008, Ebx, 9},
};

// Leaves whose ECX input selects a sub-leaf.
bool has_subleaves(std::uint32_t leaf) { return leaf == 7 || leaf == 0xD; }

// Every x86-64 CPU has these, whatever the migration class says.
constexpr std::array<std::string_view, 17> baseline = {
    "fpu", "de", "pse", "tsc", "msr", "pae", "cx8", "apic", "sep", "pge",
    "cmov", "clflush", "mmx", "fxsr", "sse", "sse2", "syscall"};
constexpr std::array<std::string_view, 3> baseline_long_mode = {"nx", "lm", "lahf_lm"};

constexpr std::uint32_t hypervisor_bit = 1u << 31;

std::uint32_t& reg(CpuidResult& result, Reg r) {
  switch (r) {
    case Eax: return result.eax;
    case Ebx: return result.ebx;
    case Ecx: return result.ecx;
    default: return result.edx;
  }
}

// Four ASCII bytes as CPUID returns them (little-endian in a register).
std::uint32_t chars(std::string_view text, std::size_t offset) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    if (offset + i < text.size()) value |= static_cast<std::uint32_t>(static_cast<unsigned char>(text[offset + i])) << (8 * i);
  return value;
}

std::uint32_t signature(const catalog::X86Identity& id) {
  const auto family = static_cast<std::uint32_t>(id.family), model = static_cast<std::uint32_t>(id.model);
  return static_cast<std::uint32_t>(id.stepping & 0xF) | (model & 0xF) << 4 | std::min(family, 15u) << 8 |
         (model >> 4 & 0xF) << 16 | (family > 15 ? family - 15 : 0) << 20;
}

}  // namespace

Cpuid::Cpuid(const catalog::X86Identity& identity, const std::vector<std::string>& features) {
  features_.insert(baseline.begin(), baseline.end());
  features_.insert(baseline_long_mode.begin(), baseline_long_mode.end());
  for (const auto& name : features) {
    if (std::none_of(feature_bits.begin(), feature_bits.end(), [&](const FeatureBit& f) { return f.name == name; }))
      throw InputError(fmt::format("x86 CPU feature '{}' is unknown (known: {})", name,
                                   fmt::join(known_cpuid_features(), ", ")));
    features_.insert(name);
  }
  const std::string_view vendor = identity.vendor;
  leaves_[{0, 0}] = {0xD, chars(vendor, 0), chars(vendor, 8), chars(vendor, 4)};
  leaves_[{1, 0}] = {signature(identity), 0x00010800, hypervisor_bit, 0};
  leaves_[{6, 0}] = {};
  leaves_[{7, 0}] = {1, 0, 0, 0};  // eax: highest sub-leaf
  leaves_[{7, 1}] = {};
  leaves_[{0xD, 1}] = {};
  leaves_[{0x80000000, 0}] = {0x80000008, 0, 0, 0};
  leaves_[{0x80000001, 0}] = {};
  leaves_[{0x80000008, 0}] = {0x3030, 0, 0, 0};  // 48-bit physical and virtual addresses
  for (const auto& f : feature_bits)
    if (features_.contains(f.name)) reg(leaves_[{f.leaf, f.subleaf}], f.reg) |= 1u << f.bit;
  for (std::uint32_t part = 0; part < 3; ++part) {
    const std::size_t base = part * 16;
    leaves_[{0x80000002 + part, 0}] = {chars(identity.brand, base), chars(identity.brand, base + 4),
                                        chars(identity.brand, base + 8), chars(identity.brand, base + 12)};
  }
  leaves_[{0x40000000, 0}] = {0x40000001, chars(hypervisor_signature, 0), chars(hypervisor_signature, 4),
                              chars(hypervisor_signature, 8)};
  leaves_[{0x40000001, 0}] = {};
}

CpuidResult Cpuid::query(std::uint32_t leaf, std::uint32_t subleaf) const {
  const auto found = leaves_.find({leaf, has_subleaves(leaf) ? subleaf : 0});
  return found == leaves_.end() ? CpuidResult{} : found->second;
}

bool Cpuid::has(std::string_view feature) const { return features_.contains(feature); }

std::vector<std::string> known_cpuid_features() {
  std::vector<std::string> names;
  for (const auto& f : feature_bits) names.emplace_back(f.name);
  return names;
}

}  // namespace kzsim::x86
