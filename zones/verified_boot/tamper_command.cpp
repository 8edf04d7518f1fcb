#include "zones/verified_boot/tamper_command.hpp"

#include <charconv>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "zones/migration/host_data.hpp"
#include "zones/migration/zone_storage.hpp"
#include "zones/verified_boot/stored_modules.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage =
    "expected kzsim tamper ZONE flip MODULE [OFFSET|text=STRING], kzsim tamper ZONE unsign MODULE, kzsim tamper "
    "ZONE third-party or kzsim tamper ZONE hostdata";
constexpr std::string_view kText = "text=";

struct Tamper {
  CommandContext& context;
  Zone& zone;
  std::string storage;

  int refuse(std::string_view text) const {
    context.call.err(fmt::format("kzsim tamper: {}\n", text));
    return 1;
  }

  const firmware::BootModuleSpec* module(std::string_view name) const {
    const auto& table = firmware::verified_boot_table();
    if (const auto* spec = table.find_module(context.host.arch(), name)) return spec;
    std::vector<std::string> known;
    for (const auto* spec : table.modules_of(context.host.arch())) known.push_back(spec->path);
    refuse(fmt::format("module '{}' is not a boot module of this host's zones; expected one of {}", name,
                       fmt::join(known, ", ")));
    return nullptr;
  }

  // The module as it is now on the storage; nothing (refused) when it is not there or unreadable.
  std::optional<firmware::SignedModule> current(const firmware::BootModuleSpec& spec) const {
    for (const firmware::FoundModule& found : stored_modules(context.world, context.host, zone))
      if (found.spec == &spec) {
        if (!found.module) refuse(fmt::format("the record of {} on {} is unreadable", spec.path, storage));
        return found.module;
      }
    refuse(fmt::format("{} is not on {}; expected kzsim tamper {} third-party first", spec.path, storage, zone.name));
    return std::nullopt;
  }

  int store(const firmware::BootModuleSpec& spec, const firmware::SignedModule& module, std::string_view done) const {
    if (!store_module(context.world, context.host, zone, spec, module))
      return refuse(fmt::format("boot storage {} is not reachable from {}", storage, context.host.name));
    context.call.out(fmt::format("kzsim tamper: {} {} on {}\n", done, spec.path, storage));
    return 0;
  }

  int flip(const std::vector<std::string>& args) const {
    if (args.size() < 5 || args.size() > 6) return refuse(kUsage);
    const auto* spec = module(args[4]);
    if (spec == nullptr) return 1;
    auto stored = current(*spec);
    if (!stored) return 1;
    std::size_t offset = 0;
    if (args.size() == 6) {
      const std::string& where = args[5];
      if (where.starts_with(kText)) {
        offset = stored->bytes.find(where.substr(kText.size()));
        if (where.size() == kText.size() || offset == std::string::npos)
          return refuse(fmt::format("'{}' is not in {}; expected text=STRING of the module's bytes", where, spec->path));
      } else {
        const auto parsed = std::from_chars(where.data(), where.data() + where.size(), offset);
        if (parsed.ec != std::errc{} || parsed.ptr != where.data() + where.size() || offset >= stored->bytes.size())
          return refuse(fmt::format("offset '{}' is not a byte of {}; expected 0 to {} or text=STRING", where,
                                    spec->path, stored->bytes.size() - 1));
      }
    }
    stored->bytes[offset] = static_cast<char>(stored->bytes[offset] ^ 0x01);
    return store(*spec, *stored, fmt::format("flipped the low bit of byte {} of", offset));
  }

  int unsign(const std::vector<std::string>& args) const {
    if (args.size() != 5) return refuse(kUsage);
    const auto* spec = module(args[4]);
    if (spec == nullptr) return 1;
    auto stored = current(*spec);
    if (!stored) return 1;
    stored->signature.reset();
    return store(*spec, *stored, "removed the signature of");
  }

  int third_party(const std::vector<std::string>& args) const {
    if (args.size() != 4) return refuse(kUsage);
    const auto& table = firmware::verified_boot_table();
    for (const auto* spec : table.modules_of(context.host.arch())) {
      if (spec->image != firmware::ModuleImage::Vendor) continue;
      if (const int failed = store(*spec, firmware::built_module(spec->image, spec->arch), "installed the vendor's"))
        return failed;
    }
    context.host.files.write(table.vendor_certificate.name, table.vendor_certificate.pem);
    context.call.out(fmt::format("kzsim tamper: the vendor's certificate is {}\n", table.vendor_certificate.name));
    return 0;
  }

  int host_data(const std::vector<std::string>& args) const {
    if (args.size() != 4) return refuse(kUsage);
    if (!damage_host_data(context.world, context.host, zone))
      return refuse(fmt::format("{} holds no host data that {} reaches; expected the boot storage of an installed zone",
                                storage, context.host.name));
    context.call.out(fmt::format("kzsim tamper: flipped the low bit of the last byte of the host data on {}\n", storage));
    return 0;
  }
};

}  // namespace

int run_tamper(CommandContext& context) {
  const std::vector<std::string>& args = context.call.args;  // kzsim tamper ZONE ACTION ...
  if (args.size() < 4) {
    context.call.err(fmt::format("kzsim tamper: {}\n", kUsage));
    return 2;
  }
  Zone* zone = context.host.find_zone(args[2]);
  if (zone == nullptr || zone->state == ZoneState::Configured || zone->state == ZoneState::Incomplete) {
    context.call.err(fmt::format("kzsim tamper: zone '{}' is not installed on {}; expected an installed kernel zone, "
                                 "whose boot storage holds its modules\n", args[2], context.host.name));
    return 1;
  }
  const Tamper tamper{context, *zone, boot_storage(zone->name, zone->config)};
  if (args[3] == "flip") return tamper.flip(args);
  if (args[3] == "unsign") return tamper.unsign(args);
  if (args[3] == "third-party") return tamper.third_party(args);
  if (args[3] == "hostdata") return tamper.host_data(args);
  return tamper.refuse(kUsage);
}

}  // namespace kzsim::zones
