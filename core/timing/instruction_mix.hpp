#pragma once
// Instruction classes the timing model charges differently, and how many of each a
// translated block holds. The names are the keys of catalog::Timing::cpi_by_class.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kzsim::timing {

enum class InstructionClass : std::uint8_t { Alu, Load, Store, Branch, Mul, Div, Fp, Crypto };
inline constexpr std::size_t instruction_class_count = 8;

std::string_view class_name(InstructionClass cls);

struct InstructionMix {
  std::array<std::uint32_t, instruction_class_count> counts{};

  void add(InstructionClass cls) { ++counts[static_cast<std::size_t>(cls)]; }
  std::uint32_t count(InstructionClass cls) const { return counts[static_cast<std::size_t>(cls)]; }
  std::uint32_t total() const;
};

}  // namespace kzsim::timing
