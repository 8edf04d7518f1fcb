#include "core/timing/instruction_mix.hpp"

#include <numeric>

namespace kzsim::timing {

std::string_view class_name(InstructionClass cls) {
  static constexpr std::array<std::string_view, instruction_class_count> names = {
      "alu", "load", "store", "branch", "mul", "div", "fp", "crypto"};
  return names[static_cast<std::size_t>(cls)];
}

std::uint32_t InstructionMix::total() const {
  return std::accumulate(counts.begin(), counts.end(), std::uint32_t{0});
}

}  // namespace kzsim::timing
