#pragma once
// The verified-boot table (verified-boot.yaml): what each policy does, the firmware's system
// certificate, and each architecture's boot modules with the image the build signed for each.
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace kzsim::firmware {

struct BootPolicy {
  std::string name;  // none, warning, enforce
  bool verify = false;
  bool load_failed = true;   // a module that fails verification is loaded all the same
  bool boot_stops = false;   // a failed module with stops_boot refuses the boot
};

enum class ModuleImage { Kernel, Vendor };

struct BootModuleSpec {
  catalog::Arch arch;
  std::string path;  // "/platform/i86pc/kernel/amd64/unix"
  ModuleImage image;
  bool stops_boot = false;
};

struct NamedCertificate {
  std::string name;  // where Solaris keeps it: "/etc/certs/elfsign/ORCLS11SE"
  std::string pem;
};

struct VerifiedBootTable {
  std::vector<BootPolicy> policies;
  std::string default_policy;
  NamedCertificate system_certificate;
  NamedCertificate vendor_certificate;
  std::vector<BootModuleSpec> modules;

  const BootPolicy* policy(std::string_view name) const;
  std::vector<const BootModuleSpec*> modules_of(catalog::Arch arch) const;
  // A module of `arch` by its path or its last component ("unix"); nullptr when none.
  const BootModuleSpec* find_module(catalog::Arch arch, std::string_view name) const;
};

// The embedded table; throws InputError (file, line, column) when it is malformed.
const VerifiedBootTable& verified_boot_table();

// A module's bytes and its detached signature (nothing: unsigned).
struct SignedModule {
  std::string bytes;
  std::optional<std::string> signature;
};

// The module as the build made and signed it (the guest kernel with the system key, the
// vendor's module with the vendor key).
SignedModule built_module(ModuleImage image, catalog::Arch arch);

}  // namespace kzsim::firmware
