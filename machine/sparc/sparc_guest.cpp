#include "machine/sparc/sparc_guest.hpp"

#include "core/error.hpp"
#include "machine/sparc/sparc_arch.hpp"

namespace kzsim::embedded {
std::span<const std::uint8_t> sparc_kernel_image();
}

namespace kzsim::sparc {

std::unique_ptr<exec::Guest> make_guest(const catalog::CpuModel& model, std::vector<std::string> visible_features,
                                        Bytes ram_bytes) {
  if (model.arch != catalog::Arch::Sparc) throw InputError("CPU model '" + model.id + "' is not a SPARC model");
  return std::make_unique<exec::Guest>(std::make_unique<SparcArch>(std::move(visible_features)), ram_bytes);
}

std::span<const std::uint8_t> kernel_image() { return embedded::sparc_kernel_image(); }

}  // namespace kzsim::sparc
