#pragma once
// A builtin catalog model's guest, every feature of the model visible, with the guest kernel
// started on `run`: for the exec tests that run on both architectures.
#include <memory>
#include <string>

#include "core/catalog/catalog.hpp"
#include "core/exec/guest_kernel.hpp"
#include "machine/sparc/sparc_guest.hpp"
#include "machine/x86/x86_guest.hpp"

namespace kzsim::exec::testing {

inline std::unique_ptr<Guest> boot_on_model(const std::string& model_id, const WorkloadRun& run) {
  const auto& model = catalog::Catalog::builtin().require_model(model_id);
  const bool sparc = model.arch == catalog::Arch::Sparc;
  const Bytes ram = kernel_ram_bytes(run);
  auto guest = sparc ? sparc::make_guest(model, model.isa, ram) : x86::make_guest(model, model.isa, ram);
  start_kernel(*guest, sparc ? sparc::kernel_image() : x86::kernel_image(), run);
  return guest;
}

}  // namespace kzsim::exec::testing
