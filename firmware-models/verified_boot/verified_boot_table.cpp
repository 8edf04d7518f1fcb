#include "firmware-models/verified_boot/verified_boot_table.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <span>

#include "core/catalog/yaml_table.hpp"
#include "machine/sparc/sparc_guest.hpp"
#include "machine/x86/x86_guest.hpp"

namespace kzsim::embedded {
const std::map<std::string, std::string_view>& verified_boot_files();
std::span<const std::uint8_t> x86_kernel_signature();
std::span<const std::uint8_t> sparc_kernel_signature();
std::span<const std::uint8_t> x86_kzvendor();
std::span<const std::uint8_t> x86_kzvendor_signature();
std::span<const std::uint8_t> sparc_kzvendor();
std::span<const std::uint8_t> sparc_kzvendor_signature();
}  // namespace kzsim::embedded

namespace kzsim::firmware {

namespace {

using catalog::TableNode;

constexpr std::string_view kTableFile = "verified-boot.yaml";

std::string_view embedded_file(std::string_view name) { return embedded::verified_boot_files().at(std::string(name)); }

NamedCertificate read_certificate(const TableNode& node) {
  node.only_keys({"file", "name", "source"});
  node["source"].text();
  const std::string file = node["file"].text();
  const auto& files = embedded::verified_boot_files();
  if (!files.contains(file)) node["file"].refuse("a certificate file embedded with the table (ORCLS11SE.pem, kzvendor.pem)");
  return {node["name"].text(), std::string(files.at(file))};
}

VerifiedBootTable read_table() {
  const TableNode root = TableNode::parse(std::string(kTableFile), embedded_file(kTableFile));
  root.only_keys({"policies", "default_policy", "system_certificate", "modules", "vendor_certificate"});
  VerifiedBootTable table;
  for (const TableNode& item : root["policies"].items()) {
    item.only_keys({"name", "verify", "load_failed", "boot_stops", "source"});
    item["source"].text();
    table.policies.push_back(
        {item["name"].text(), item["verify"].boolean(), item["load_failed"].boolean(), item["boot_stops"].boolean()});
  }
  const TableNode fallback = root["default_policy"];
  fallback.only_keys({"name", "source"});
  fallback["source"].text();
  table.default_policy = fallback["name"].text();
  if (table.policy(table.default_policy) == nullptr) fallback["name"].refuse("one of the policies above");
  table.system_certificate = read_certificate(root["system_certificate"]);
  table.vendor_certificate = read_certificate(root["vendor_certificate"]);
  for (const TableNode& item : root["modules"].items()) {
    item.only_keys({"arch", "path", "image", "stops_boot", "source"});
    item["source"].text();
    const std::string image = item["image"].text();
    if (image != "kernel" && image != "vendor") item["image"].refuse("kernel or vendor");
    table.modules.push_back({item["arch"].arch(), item["path"].text(),
                             image == "kernel" ? ModuleImage::Kernel : ModuleImage::Vendor, item["stops_boot"].boolean()});
  }
  return table;
}

std::string bytes_of(std::span<const std::uint8_t> bytes) { return {bytes.begin(), bytes.end()}; }

}  // namespace

const BootPolicy* VerifiedBootTable::policy(std::string_view name) const {
  const auto found = std::ranges::find(policies, name, &BootPolicy::name);
  return found == policies.end() ? nullptr : &*found;
}

std::vector<const BootModuleSpec*> VerifiedBootTable::modules_of(catalog::Arch arch) const {
  std::vector<const BootModuleSpec*> found;
  for (const BootModuleSpec& module : modules)
    if (module.arch == arch) found.push_back(&module);
  return found;
}

const BootModuleSpec* VerifiedBootTable::find_module(catalog::Arch arch, std::string_view name) const {
  for (const BootModuleSpec* module : modules_of(arch)) {
    const std::string_view path = module->path;
    if (path == name || path.substr(path.rfind('/') + 1) == name) return module;
  }
  return nullptr;
}

const VerifiedBootTable& verified_boot_table() {
  static const VerifiedBootTable table = read_table();
  return table;
}

SignedModule built_module(ModuleImage image, catalog::Arch arch) {
  const bool sparc = arch == catalog::Arch::Sparc;
  if (image == ModuleImage::Kernel)
    return {bytes_of(sparc ? sparc::kernel_image() : x86::kernel_image()),
            bytes_of(sparc ? embedded::sparc_kernel_signature() : embedded::x86_kernel_signature())};
  return {bytes_of(sparc ? embedded::sparc_kzvendor() : embedded::x86_kzvendor()),
          bytes_of(sparc ? embedded::sparc_kzvendor_signature() : embedded::x86_kzvendor_signature())};
}

}  // namespace kzsim::firmware
