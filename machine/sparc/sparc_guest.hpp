#pragma once
// SPARC kernel-zone guests on Unicorn's SPARC64 (sun4u, user mode, integer -mflat code only;
// toolchain.md section 2): hypercalls are `ta KZ_SPARC_HYPERCALL_TRAP`, the CPU features the
// zone's class grants are read through a hypercall as a word with one bit per feature name.
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/exec/guest.hpp"

namespace kzsim::sparc {

// Throws InputError when the model is not SPARC.
std::unique_ptr<exec::Guest> make_guest(const catalog::CpuModel& model, std::vector<std::string> visible_features,
                                        Bytes ram_bytes);

// Bit i of the feature word stands for feature_names()[i]; names not listed have no bit.
const std::vector<std::string>& feature_names();
std::uint64_t feature_word(const std::vector<std::string>& features);

// The guest kernel (core/exec/guest/kernel.c) built for SPARC V9.
std::span<const std::uint8_t> kernel_image();

}  // namespace kzsim::sparc
