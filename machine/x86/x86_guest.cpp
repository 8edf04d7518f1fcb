#include "machine/x86/x86_guest.hpp"

#include "core/error.hpp"
#include "machine/x86/x86_arch.hpp"

namespace kzsim::embedded {
std::span<const std::uint8_t> x86_kernel_image();
}

namespace kzsim::x86 {

std::unique_ptr<exec::Guest> make_guest(const catalog::CpuModel& model, std::vector<std::string> visible_features,
                                        Bytes ram_bytes) {
  if (model.arch != catalog::Arch::X86 || !model.x86)
    throw InputError("CPU model '" + model.id + "' is not an x86 model");
  return std::make_unique<exec::Guest>(std::make_unique<X86Arch>(Cpuid(*model.x86, visible_features)), ram_bytes);
}

std::span<const std::uint8_t> kernel_image() { return embedded::x86_kernel_image(); }

}  // namespace kzsim::x86
