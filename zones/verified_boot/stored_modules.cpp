#include "zones/verified_boot/stored_modules.hpp"

#include <charconv>

#include <fmt/format.h>

#include "zones/migration/zone_storage.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kRecordHeader = "kzsim-module 1\nsignature ";

std::string block_name(const firmware::BootModuleSpec& spec) { return "module:" + spec.path; }

}  // namespace

// "kzsim-module 1\nsignature N\n" (or "signature none\n"), the N signature bytes, the module.
std::string module_record(const firmware::SignedModule& module) {
  const std::string length = module.signature ? std::to_string(module.signature->size()) : "none";
  return fmt::format("{}{}\n{}{}", kRecordHeader, length, module.signature.value_or(""), module.bytes);
}

std::optional<firmware::SignedModule> parse_module_record(std::string_view record) {
  if (!record.starts_with(kRecordHeader)) return std::nullopt;
  record.remove_prefix(kRecordHeader.size());
  const auto newline = record.find('\n');
  if (newline == std::string_view::npos) return std::nullopt;
  const std::string_view length = record.substr(0, newline);
  record.remove_prefix(newline + 1);
  if (length == "none") return firmware::SignedModule{std::string(record), std::nullopt};
  std::size_t size = 0;
  const auto parsed = std::from_chars(length.data(), length.data() + length.size(), size);
  if (parsed.ec != std::errc{} || parsed.ptr != length.data() + length.size() || size > record.size())
    return std::nullopt;
  return firmware::SignedModule{std::string(record.substr(size)), std::string(record.substr(0, size))};
}

std::vector<firmware::FoundModule> stored_modules(const World& world, const Host& host, const Zone& zone) {
  const std::string storage = boot_storage(zone.name, zone.config);
  std::vector<firmware::FoundModule> found;
  for (const firmware::BootModuleSpec* spec : firmware::verified_boot_table().modules_of(host.arch())) {
    if (const auto record = read_block(world, host, storage, block_name(*spec)))
      found.push_back({spec, parse_module_record(*record)});
    else if (spec->image == firmware::ModuleImage::Kernel)
      found.push_back({spec, firmware::built_module(spec->image, spec->arch)});
  }
  return found;
}

bool store_module(World& world, Host& host, const Zone& zone, const firmware::BootModuleSpec& spec,
                  const firmware::SignedModule& module) {
  return write_block(world, host, boot_storage(zone.name, zone.config), block_name(spec), module_record(module));
}

}  // namespace kzsim::zones
