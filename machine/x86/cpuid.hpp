#pragma once
// CPUID as a kernel zone sees it: vendor, family/model/stepping and brand from the CPU model,
// feature bits from the zone's visible feature list (libvirt names: sse4.2, aes, avx2, ...) on
// top of the x86-64 baseline, the hypervisor bit, and the hypervisor leaf 0x40000000.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace kzsim::x86 {

struct CpuidResult {
  std::uint32_t eax = 0, ebx = 0, ecx = 0, edx = 0;
  bool operator==(const CpuidResult&) const = default;
};

inline constexpr std::string_view hypervisor_signature = "SolarisKZone";

class Cpuid {
 public:
  // Throws InputError naming a feature this table does not know.
  Cpuid(const catalog::X86Identity& identity, const std::vector<std::string>& features);

  CpuidResult query(std::uint32_t leaf, std::uint32_t subleaf) const;
  // Whether the guest sees `feature` (baseline features included).
  bool has(std::string_view feature) const;

 private:
  std::map<std::pair<std::uint32_t, std::uint32_t>, CpuidResult> leaves_;
  std::set<std::string, std::less<>> features_;
};

// Every feature name Cpuid accepts.
std::vector<std::string> known_cpuid_features();

}  // namespace kzsim::x86
