#pragma once
// The firmware's verification of a kernel zone's boot modules under its verified-boot policy
// (guide ch.2 "Using Verified Boot to Secure an Oracle Solaris Kernel Zone"): each module's
// signature is checked against the system certificate and the zone's cert files; a module that
// fails is reported, and loaded or not, or stops the boot, as the policy says
// (verified-boot.yaml). A module whose record does not read is never loaded, and an unreadable
// unix stops the boot under every policy.
#include <optional>
#include <string>
#include <vector>

#include "firmware-models/verified_boot/verified_boot_table.hpp"

namespace kzsim::firmware {

// A module found on the zone's boot storage; nothing when its record there does not read.
struct FoundModule {
  const BootModuleSpec* spec = nullptr;
  std::optional<SignedModule> module;
};

// A cert URI of the zone's verified-boot resource and what reading it gave.
struct CertificateFile {
  std::string uri;
  std::optional<std::string> pem;  // nothing: `why` says why it could not be read
  std::string why;
};

struct BootVerdict {
  std::vector<std::string> console;  // the console's WARNING lines, in module order
  std::vector<std::string> loaded;   // paths of the modules loaded
  std::string kernel;                // the bytes of the kernel module loaded (unix)
  std::string stopped_at;            // the module that stopped the boot ("" when it goes on)
  std::string stop_reason;
};

BootVerdict verify_boot(const BootPolicy& policy, const std::vector<FoundModule>& modules,
                        const std::vector<CertificateFile>& zone_certificates,
                        const VerifiedBootTable& table = verified_boot_table());

}  // namespace kzsim::firmware
