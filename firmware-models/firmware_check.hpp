#pragma once
// The firmware side of the kernel-zone host requirements (guide ch.1 "Hardware Requirements
// for Oracle Solaris Kernel Zones"): system firmware or XCP floors on SPARC, BIOS switches and
// microcode on x86.
#include <map>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace kzsim::firmware {

// Why a host cannot run kernel zones, with the guide section that says so.
struct FirmwareReason {
  std::string text;     // "System Firmware 8.7 is below 8.8, the minimum for kernel zones on SPARC T4"
  std::string section;  // "Hardware Requirements for Oracle Solaris Kernel Zones"
};

// BIOS switch name ("vt-x", "ept", "nx", or an alias such as "svm", "npt", "rvi", "xd") ->
// enabled. A switch not named is enabled.
using BiosSwitches = std::map<std::string, bool>;

// Every firmware reason why `model` cannot host kernel zones; empty when it can. `firmware` is
// the SPARC system firmware / XCP or x86 BIOS version; empty means the family's newest. Throws
// InputError when `firmware` is not a dotted version or a switch name is unknown.
std::vector<FirmwareReason> firmware_reasons(
    const catalog::CpuModel& model, const std::string& firmware, const BiosSwitches& bios,
    bool microcode_compatible, const catalog::Catalog& catalog = catalog::Catalog::builtin());

}  // namespace kzsim::firmware
