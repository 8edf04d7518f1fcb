#pragma once
// x86-64 kernel-zone guests: a Guest whose CPUID is synthesised from the CPU model and the
// zone's visible features, whose hypercalls are `out` to KZ_X86_HYPERCALL_PORT, and which
// panics on an instruction of a feature outside its class.
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/exec/guest.hpp"

namespace kzsim::x86 {

// Throws InputError when the model is not x86 or a feature is unknown.
std::unique_ptr<exec::Guest> make_guest(const catalog::CpuModel& model, std::vector<std::string> visible_features,
                                        Bytes ram_bytes);

// The guest kernel (core/exec/guest/kernel.c) built for x86-64.
std::span<const std::uint8_t> kernel_image();

}  // namespace kzsim::x86
