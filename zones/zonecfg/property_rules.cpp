#include "zones/zonecfg/property_rules.hpp"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <functional>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/units.hpp"
#include "zones/network/link_name.hpp"
#include "zones/zonecfg/storage_uri.hpp"

namespace kzsim::zones::zonecfg {

namespace {

constexpr Bytes kMaxPhysical = 2 * TiB;  // guide: "the maximum value of capped-memory:physical is 2 TBytes"

// memlzs is the guide's spelling of memlzr; both name the same modifier.
std::string_view canonical_level(std::string_view level) { return level == "memlzs" ? "memlzr" : level; }

Checked accept(std::string value) { return {std::move(value), ""}; }
Checked refuse(std::string message) { return {"", std::move(message)}; }

// "a", "a or b", "a, b or c".
std::string alternatives(const std::vector<std::string>& choices) {
  if (choices.empty()) return "(none known)";
  std::string text = choices.front();
  for (std::size_t i = 1; i < choices.size(); ++i) text += (i + 1 == choices.size() ? " or " : ", ") + choices[i];
  return text;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    auto end = text.find(separator, start);
    parts.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::optional<long long> parse_integer(std::string_view text) {
  long long number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

Checked one_of(std::string_view property, std::string_view value, const std::vector<std::string>& choices) {
  if (std::find(choices.begin(), choices.end(), value) != choices.end()) return accept(std::string(value));
  return refuse(fmt::format("{}: {} is not a valid value; expected {}", property, value, alternatives(choices)));
}

// Each comma-separated element one of `choices`.
Checked each_of(std::string_view property, std::string_view value, const std::vector<std::string>& choices) {
  for (const std::string& item : split(value, ',')) {
    if (std::find(choices.begin(), choices.end(), item) == choices.end())
      return refuse(fmt::format("{}: {} is not a valid value; expected a comma-separated list of {}", property,
                                item.empty() ? value : std::string_view(item), alternatives(choices)));
  }
  return accept(std::string(value));
}

Checked integer_in(std::string_view property, std::string_view value, long long low, long long high) {
  auto number = parse_integer(value);
  if (!number || *number < low || *number > high)
    return refuse(fmt::format("{}: {} is not valid; expected an integer from {} to {}", property, value, low, high));
  return accept(std::to_string(*number));
}

// "4", "1-4" (dedicated-cpu:ncpus); "8-15" or "0,2-3" (cpus, allowed-vlan-ids).
bool is_range(std::string_view text) {
  auto dash = text.find('-');
  if (dash == std::string_view::npos) return parse_integer(text).has_value();
  auto low = parse_integer(text.substr(0, dash));
  auto high = parse_integer(text.substr(dash + 1));
  return low && high && *low >= 0 && *low <= *high;
}

Checked ranges(std::string_view property, std::string_view value) {
  for (const std::string& item : split(value, ','))
    if (!is_range(item))
      return refuse(fmt::format("{}: {} is not valid; expected numbers or ranges such as 8-15 or 0,2-3", property, value));
  return accept(std::string(value));
}

Checked boolean(std::string_view property, std::string_view value) { return one_of(property, value, {"true", "false"}); }

bool is_hex_octets(std::string_view text, std::size_t min_octets, std::size_t max_octets) {
  auto octets = split(text, ':');
  if (octets.size() < min_octets || octets.size() > max_octets) return false;
  return std::all_of(octets.begin(), octets.end(), [](const std::string& octet) {
    return !octet.empty() && octet.size() <= 2 &&
           octet.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
  });
}

Checked mac_address(std::string_view property, std::string_view value) {
  if (value == "auto" || value == "random" || value == "factory" || is_hex_octets(value, 6, 6)) return accept(std::string(value));
  return refuse(fmt::format("{}: {} is not valid; expected auto, random, factory or six hex octets such as 0:1:2:3:4:5",
                            property, value));
}

Checked mac_prefix(std::string_view property, std::string_view value) {
  if (value == "any" || is_hex_octets(value, 1, 5)) return accept(std::string(value));
  return refuse(fmt::format("{}: {} is not valid; expected a MAC address prefix such as fa:16:3f", property, value));
}

// An InfiniBand partition key (IPoIB anets): hexadecimal, its low 15 bits not all zero (the top
// bit is full membership).
Checked partition_key(std::string_view property, std::string_view value) {
  const std::string_view digits = value.starts_with("0x") ? value.substr(2) : value;
  unsigned key = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), key, 16);
  if (!digits.empty() && error == std::errc() && end == digits.data() + digits.size() && key <= 0xffff &&
      (key & 0x7fff) != 0)
    return accept(std::string(value));
  return refuse(fmt::format("{}: {} is not valid; expected a hexadecimal partition key such as 0x8001 (0x1-0xffff, "
                            "not 0x8000)",
                            property, value));
}

Checked hostid(std::string_view value) {
  std::string_view digits = value.starts_with("0x") ? value.substr(2) : value;
  if (digits.empty() || digits.size() > 8 || digits.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos)
    return refuse(fmt::format("hostid: {} is not valid; expected up to 8 hex digits such as 0x2e7d2173", value));
  return accept(std::string(value));
}

Checked bandwidth(std::string_view property, std::string_view value) {
  if (parse_size(value)) return accept(std::string(value));
  return refuse(fmt::format("{}: {} is not valid; expected a bandwidth such as 2G or 100M", property, value));
}

Checked positive_decimal(std::string_view property, std::string_view value) {
  double number = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (!value.empty() && error == std::errc() && end == value.data() + value.size() && number > 0)
    return accept(std::string(value));
  return refuse(fmt::format("{}: {} is not valid; expected a positive number such as 1.5", property, value));
}

Checked absolute_path(std::string_view property, std::string_view value) {
  if (value.starts_with('/')) return accept(std::string(value));
  return refuse(fmt::format("{}: {} is not valid; expected an absolute path", property, value));
}

Checked name(std::string_view property, std::string_view value) {
  if (!value.empty() && value.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-") ==
                            std::string_view::npos)
    return accept(std::string(value));
  return refuse(fmt::format("{}: {} is not valid; expected a name of letters, digits, '_', '.' and '-'", property, value));
}

Bytes memory_step(const HostFacts& host) { return host.arch == catalog::Arch::Sparc ? 256 * MiB : 2 * MiB; }

std::string_view arch_name(const HostFacts& host) { return host.arch == catalog::Arch::Sparc ? "SPARC" : "x86"; }

Checked size_value(std::string_view property, std::string_view value, Bytes& bytes) {
  auto parsed = parse_size(value);
  if (!parsed)
    return refuse(fmt::format("{}: {} is not a size; expected an integer with an optional unit K, M, G or T (such as 8G)",
                              property, value));
  bytes = *parsed;
  return accept(format_size(bytes));
}

using Rule = std::function<Checked(const HostFacts&, std::string_view)>;

template <typename F>
Rule plain(F rule) {
  return [rule](const HostFacts&, std::string_view value) { return rule(value); };
}

Rule named(Checked (*rule)(std::string_view, std::string_view), std::string_view property) {
  return [rule, property](const HostFacts&, std::string_view value) { return rule(property, value); };
}

Rule choice(std::string_view property, std::vector<std::string> choices) {
  return [property, choices](const HostFacts&, std::string_view value) { return one_of(property, value, choices); };
}

Rule integer(std::string_view property, long long low, long long high) {
  return [=](const HostFacts&, std::string_view value) { return integer_in(property, value, low, high); };
}

// Keyed by "resource:property" ("" resource for globals); properties without a rule take any text.
const std::map<std::string, Rule, std::less<>>& rules() {
  static const std::map<std::string, Rule, std::less<>> table = {
      {":zonename", plain(check_zonename)},
      {":autoboot", named(boolean, "autoboot")},
      {":autoshutdown", choice("autoshutdown", {"shutdown", "halt", "suspend"})},
      {":boot-priority", choice("boot-priority", {"high", "normal", "low"})},
      {":cpu-arch", check_cpu_arch},
      {":host-compatible", check_host_compatible},
      {":hostid", plain(hostid)},
      {":ip-type", choice("ip-type", {"exclusive", "shared"})},
      {":zonepath", named(absolute_path, "zonepath")},
      {"capped-memory:physical", check_physical_memory},
      {"capped-memory:pagesize", check_pagesize},
      {"capped-memory:pagesize-policy", check_pagesize_policy},
      {"capped-memory:memory-reserve", named(name, "memory-reserve")},
      {"capped-memory:memlzr", choice("memlzr", {"strict"})},
      {"virtual-cpu:ncpus", integer("ncpus", 1, 1024)},
      {"dedicated-cpu:ncpus", named(ranges, "ncpus")},
      {"dedicated-cpu:cpus", named(ranges, "cpus")},
      {"dedicated-cpu:cores", named(ranges, "cores")},
      {"dedicated-cpu:sockets", named(ranges, "sockets")},
      {"capped-cpu:ncpus", named(positive_decimal, "ncpus")},
      {"device:storage", plain(check_storage)},
      {"device:id", integer("id", 0, 2147483647)},
      {"device:bootpri", integer("bootpri", 0, 2147483647)},
      {"device:allow-mhd", named(boolean, "allow-mhd")},
      {"device:allow-partition", named(boolean, "allow-partition")},
      {"device:allow-raw-io", named(boolean, "allow-raw-io")},
      {"suspend:path", named(absolute_path, "path")},
      {"suspend:storage", plain(check_storage)},
      {"verified-boot:policy", choice("policy", {"none", "warning", "enforce"})},
      {"admin:user", named(name, "user")},
      {"admin:auths",
       [](const HostFacts&, std::string_view value) {
         return each_of("auths", value, {"login", "manage", "copyfrom", "clonefrom", "config", "migrate"});
       }},
      {"mac:mac-address", named(mac_address, "mac-address")},
      {"mac:allowed-mac-address", named(mac_prefix, "allowed-mac-address")},
      {"vlan:vlan-id", integer("vlan-id", 1, 4094)},
      {"vlan:allowed-vlan-ids", named(ranges, "allowed-vlan-ids")},
  };
  return table;
}

Checked link_name(std::string_view property, std::string_view value) {
  if (property == "lower-link" && value == "auto") return accept(std::string(value));
  if (auto refusal = link_name_refusal(value)) return refuse(fmt::format("{}: {}", property, *refusal));
  return accept(std::string(value));
}

// anet and net share their rules.
const std::map<std::string, Rule, std::less<>>& network_rules() {
  static const std::map<std::string, Rule, std::less<>> table = {
      {"linkname", named(link_name, "linkname")},
      {"lower-link", named(link_name, "lower-link")},
      {"id", integer("id", 0, 2147483647)},
      {"configure-allowed-address", named(boolean, "configure-allowed-address")},
      {"mac-address", named(mac_address, "mac-address")},
      {"vlan-id", integer("vlan-id", 1, 4094)},
      {"iov", choice("iov", {"on", "off", "auto"})},
      {"lro", choice("lro", {"on", "off", "auto"})},
      {"maxbw", named(bandwidth, "maxbw")},
      {"bwshare", integer("bwshare", 1, 100)},
      {"mtu", integer("mtu", 576, 9216)},
      {"linkmode", choice("linkmode", {"cm", "ud"})},
      {"pkey", named(partition_key, "pkey")},
      {"link-protection",
       [](const HostFacts&, std::string_view value) {
         return each_of("link-protection", value, {"mac-nospoof", "ip-nospoof", "dhcp-nospoof", "restricted", "none"});
       }},
  };
  return table;
}

}  // namespace

Checked check_value(const HostFacts& host, std::string_view resource, std::string_view property, std::string_view value) {
  if (resource == "anet" || resource == "net") {
    auto it = network_rules().find(property);
    return it == network_rules().end() ? accept(std::string(value)) : it->second(host, value);
  }
  auto it = rules().find(fmt::format("{}:{}", resource, property));
  return it == rules().end() ? accept(std::string(value)) : it->second(host, value);
}

Checked check_physical_memory(const HostFacts& host, std::string_view value) {
  Bytes bytes = 0;
  Checked size = size_value("physical", value, bytes);
  if (!size.ok()) return size;
  Bytes step = memory_step(host);
  if (bytes == 0 || bytes % step != 0)
    return refuse(fmt::format("physical: {} is not a multiple of {}; {} kernel zones take memory in {} increments", value,
                              format_size(step), arch_name(host), format_size(step)));
  if (bytes > kMaxPhysical)
    return refuse(fmt::format("physical: {} is more than the maximum of {}", value, format_size(kMaxPhysical)));
  return size;
}

Checked check_pagesize(const HostFacts& host, std::string_view value) {
  Bytes bytes = 0;
  Checked size = size_value("pagesize", value, bytes);
  if (!size.ok()) return size;
  Bytes minimum = memory_step(host);  // the smallest kernel-zone page: 256M on SPARC, 2M on x86
  if (bytes < minimum) return refuse(fmt::format("pagesize value is too small. It must be at least {}.", format_size(minimum)));
  return size;
}

std::string release_refusal(const HostFacts& host, std::string_view property, std::string_view value) {
  if (property == "pagesize-policy" && !host.release_has_pagesize_policy)
    return fmt::format("\"{}\" is not a valid pagesize-policy name", value);
  if (property != "host-compatible") return "";
  for (const std::string& item : split(value, ','))
    if (std::ranges::find(host.levels_release_lacks, canonical_level(item)) != host.levels_release_lacks.end())
      return fmt::format("{}: Invalid argument", item);
  return "";
}

Checked check_pagesize_policy(const HostFacts& host, std::string_view value) {
  if (std::string refusal = release_refusal(host, "pagesize-policy", value); !refusal.empty()) return refuse(refusal);
  static const std::vector<std::string> policies = {"fixed", "largest-available", "largest-only", "smallest-only"};
  if (std::find(policies.begin(), policies.end(), value) != policies.end()) return accept(std::string(value));
  return refuse(fmt::format("\"{}\" is not a valid pagesize-policy name; expected {}", value, alternatives(policies)));
}

Checked check_cpu_arch(const HostFacts& host, std::string_view value) {
  if (!host.cpu_arch_available)
    return refuse(fmt::format("cpu-arch: cannot set {}: the cpu-arch property is not available on AMD hosts", value));
  const auto& classes = host.cpu_arch_classes;
  if (std::find(classes.begin(), classes.end(), value) != classes.end()) return accept(std::string(value));
  return refuse(fmt::format("cpu-arch: {} is not a migration class of {} hosts; expected {}", value, arch_name(host),
                            alternatives(classes)));
}

Checked check_host_compatible(const HostFacts& host, std::string_view value) {
  if (std::string refusal = release_refusal(host, "host-compatible", value); !refusal.empty()) return refuse(refusal);
  const auto& levels = host.host_compatible_levels;
  std::string kept;  // memlzs typed is kept, and printed, as memlzr
  for (const std::string& item : split(value, ',')) {
    if (std::find(levels.begin(), levels.end(), canonical_level(item)) == levels.end())
      return refuse(fmt::format("host-compatible: {} is not a host compatibility level or modifier; expected a "
                                "comma-separated list of {}",
                                item.empty() ? value : std::string_view(item), alternatives(levels)));
    kept += (kept.empty() ? "" : ",") + std::string(canonical_level(item));
  }
  return accept(kept);
}

Checked check_storage(std::string_view value) {
  StorageUriResult parsed = parse_storage_uri(value);
  return parsed.uri ? accept(std::string(value)) : refuse(parsed.error);
}

Checked check_zonename(std::string_view value) {
  constexpr std::size_t kMaxLength = 63;  // ZONENAME_MAX 64 including the terminator (illumos)
  bool syntax = !value.empty() && std::isalnum(static_cast<unsigned char>(value.front())) &&
                value.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-") ==
                    std::string_view::npos;
  if (!syntax || value == "global" || value.starts_with("SUNW") || value.size() > kMaxLength)
    return refuse(fmt::format("{}: invalid zone name; expected [A-Za-z0-9][A-Za-z0-9_.-]* of at most {} characters, "
                              "not 'global' and not starting with SUNW",
                              value, kMaxLength));
  return accept(std::string(value));
}

bool enables_memory_reconfiguration(std::string_view host_compatible) {
  auto items = split(host_compatible, ',');
  return std::any_of(items.begin(), items.end(), [](const std::string& item) {
    return item == "native" || item == "level2" || canonical_level(item) == "memlzr";
  });
}

std::string memory_reserve_excludes_pagesize_policy(const Resource& capped_memory) {
  if (capped_memory.find("memory-reserve") && capped_memory.find("pagesize-policy"))
    return "capped-memory: memory-reserve and pagesize-policy are mutually exclusive; clear one of them first";
  return "";
}

std::string fixed_policy_needs_memory_reconfiguration(const ZoneConfig& config) {
  const Resource* memory = config.first("capped-memory");
  if (memory == nullptr || memory->get("pagesize-policy") != "fixed") return "";
  if (enables_memory_reconfiguration(config.get("host-compatible").value_or(""))) return "";
  return "capped-memory: pagesize-policy=fixed needs memory live zone reconfiguration; set host-compatible to "
         "native, level2, level1,memlzr or memlzr first";
}

std::string pagesize_needs_fixed_policy(const Resource& capped_memory) {
  if (!capped_memory.find("pagesize") || capped_memory.get("pagesize-policy") == "fixed") return "";
  return "capped-memory: pagesize can be set only with pagesize-policy=fixed; set pagesize-policy=fixed first";
}

std::string ids_are_unique(const ZoneConfig& config) {
  std::set<std::pair<std::string, std::string>> seen;
  for (const Resource& resource : config.resources) {
    auto id = resource.get("id");
    if (id && !seen.emplace(resource.type, *id).second)
      return fmt::format("{}: id {} is used by more than one {} resource", resource.type, *id, resource.type);
  }
  return "";
}

std::string devices_name_storage(const ZoneConfig& config) {
  if (config.brand != "solaris-kz") return "";
  for (const Resource& resource : config.resources)
    if (resource.type == "device" && !resource.find("storage") && !resource.find("match"))
      return "device: a device resource needs its storage property (a storage URI such as dev:/dev/dsk/c9t0d0)";
  return "";
}

std::vector<std::string> change_problems(const ZoneConfig& config) {
  std::vector<std::string> problems;
  auto note = [&](std::string problem) {
    if (!problem.empty()) problems.push_back(std::move(problem));
  };
  if (const Resource* memory = config.first("capped-memory")) {
    note(memory_reserve_excludes_pagesize_policy(*memory));
    note(pagesize_needs_fixed_policy(*memory));
  }
  note(fixed_policy_needs_memory_reconfiguration(config));
  return problems;
}

std::vector<std::string> verify_problems(const ZoneConfig& config) {
  std::vector<std::string> problems = change_problems(config);
  for (std::string problem : {ids_are_unique(config), devices_name_storage(config)})
    if (!problem.empty()) problems.push_back(std::move(problem));
  return problems;
}

}  // namespace kzsim::zones::zonecfg
