#pragma once
// A kernel zone's boot modules on its boot storage. zoneadm install lays down the modules the
// build signed; the storage keeps a record (a named block "module:PATH") only for a module
// changed since, or added (a third-party driver): its bytes and its detached signature, if any.
#include <optional>
#include <string>
#include <vector>

#include "firmware-models/verified_boot/boot_verification.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

// The zone's modules as the firmware finds them from `host`, in the table's order; an added
// module that is not on the storage is left out.
std::vector<firmware::FoundModule> stored_modules(const World& world, const Host& host, const Zone& zone);

// Replaces the module's record; false when the boot storage is unreachable from `host`.
bool store_module(World& world, Host& host, const Zone& zone, const firmware::BootModuleSpec& spec,
                  const firmware::SignedModule& module);

// The record's bytes and back; nothing for a record that does not read.
std::string module_record(const firmware::SignedModule& module);
std::optional<firmware::SignedModule> parse_module_record(std::string_view record);

}  // namespace kzsim::zones
