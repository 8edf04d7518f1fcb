// The world a scenario describes: hosts with their defaults, storage, links, trust, users and
// files.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/catalog/catalog.hpp"
#include "firmware-models/firmware_check.hpp"
#include "zones/world.hpp"
#include "zones/zonecfg/storage_uri.hpp"

namespace kzsim::scenario {

namespace {

using zones::Host;
using zones::Virtualization;

// Scenarios name an OS release this way; 11.4 SRUs default to the newest one kzsim knows.
const catalog::Version kDefaultOs{{11, 4, 81}};
// "Memory: 1 GB minimum" (Installing Oracle Solaris 11.3 Systems, "SPARC and x86 AI Client System
// Requirements", https://docs.oracle.com/cd/E53394_01/html/E54756/clientreq.html; the 11.4
// figure was not found).
constexpr Bytes kSolarisMinimumMemory = GiB;

template <typename T>
[[noreturn]] void refuse(const Located<T>& value, std::string message) {
  throw InputError(std::move(message), value.where);
}

const catalog::CpuModel& find_model(const HostSpec& spec) {
  const auto& catalog = catalog::Catalog::builtin();
  if (const catalog::CpuModel* model = catalog.find_model(spec.machine.value)) return *model;
  const auto close = catalog.close_matches(spec.machine.value);
  refuse(spec.machine, fmt::format("host '{}': unknown machine '{}'; expected a model id from "
                                   "'kzsim models'{}",
                                   spec.name, spec.machine.value,
                                   close.empty() ? "" : fmt::format(" (did you mean {}?)", fmt::join(close, ", "))));
}

catalog::Version firmware(const HostSpec& spec, const catalog::CpuModel& model) {
  if (spec.firmware) {
    if (auto version = catalog::Version::parse(spec.firmware->value)) return *version;
    refuse(*spec.firmware, fmt::format("host '{}': firmware '{}' is not a version; expected numbers "
                                       "separated by dots, such as 9.5.2",
                                       spec.name, spec.firmware->value));
  }
  const catalog::FirmwareFloor* floor = catalog::Catalog::builtin().find_firmware(model.firmware_family);
  if (floor == nullptr) return {};
  return catalog::Version::parse(floor->newest).value_or(catalog::Version{});
}

// 11.2, 11.3, 11.4 and 11.4 SRUs as the format names them; 11 and 11.1 too, so that a scenario
// can show a host too old for kernel zones.
catalog::Version os_release(const HostSpec& spec) {
  if (!spec.os) return kDefaultOs;
  const auto version = catalog::Version::parse(spec.os->value);
  const auto& parts = version ? version->parts : std::vector<int>{};
  const bool known = !parts.empty() && parts[0] == 11 &&
                     (parts.size() == 1 || (parts.size() == 2 && parts[1] <= 4) || parts[1] == 4);
  if (!known)
    refuse(*spec.os, fmt::format("host '{}': os '{}' is not an Oracle Solaris 11 release; expected "
                                 "11.2, 11.3, 11.4 or an 11.4 SRU such as 11.4.81",
                                 spec.name, spec.os->value));
  return *version;
}

// Switch names and their aliases are the firmware table's; firmware_reasons refuses others.
std::map<std::string, bool> bios(const HostSpec& spec, const catalog::CpuModel& model) {
  std::map<std::string, bool> switches;
  for (const auto& [name, value] : spec.bios) {
    if (model.arch == catalog::Arch::Sparc)
      refuse(value, fmt::format("host '{}': bios '{}' given for SPARC machine '{}'; BIOS switches "
                                "apply to x86 hosts only",
                                spec.name, name, model.id));
    try {
      firmware::firmware_reasons(model, "", {{name, value.value}}, true);
    } catch (const InputError& unknown) {
      refuse(value, fmt::format("host '{}': {}", spec.name, unknown.message()));
    }
    switches[name] = value.value;
  }
  return switches;
}

bool microcode_compatible(const HostSpec& spec) {
  if (!spec.microcode || spec.microcode->value == "compatible") return true;
  if (spec.microcode->value == "incompatible") return false;
  refuse(*spec.microcode, fmt::format("host '{}': microcode '{}'; expected compatible or incompatible",
                                      spec.name, spec.microcode->value));
}

Virtualization virtualization(const HostSpec& spec, const catalog::CpuModel& model) {
  if (!spec.virtualization) return Virtualization::BareMetal;
  for (auto kind : zones::kVirtualizations) {
    if (zones::virtualization_name(kind) != spec.virtualization->value) continue;
    const bool sparc_only = kind == Virtualization::LdomGuest;
    const bool x86_only = kind != Virtualization::BareMetal && !sparc_only;
    if ((sparc_only && model.arch != catalog::Arch::Sparc) || (x86_only && model.arch != catalog::Arch::X86))
      refuse(*spec.virtualization, fmt::format("host '{}': virtualization '{}' does not exist on {} machine '{}'",
                                               spec.name, spec.virtualization->value,
                                               model.arch == catalog::Arch::Sparc ? "SPARC" : "x86", model.id));
    return kind;
  }
  refuse(*spec.virtualization, fmt::format("host '{}': virtualization '{}'; expected bare-metal, ldom-guest, "
                                           "ovm-x86-guest, virtualbox, vmware or kvm",
                                           spec.name, spec.virtualization->value));
}

std::set<std::string> packages(const HostSpec& spec) {
  std::set<std::string> installed{std::string(zones::kBrandPackage), "rad-zonemgr"};
  for (const auto& [name, state] : spec.packages) {
    if (state.value == "installed") {
      installed.insert(name);
    } else if (state.value == "absent") {
      installed.erase(name);
    } else {
      refuse(state, fmt::format("host '{}': package '{}' is '{}'; expected installed or absent", spec.name,
                                name, state.value));
    }
  }
  return installed;
}

zones::Services services(const HostSpec& spec) {
  auto all = zones::Services::standard();
  for (const auto& [name, state] : spec.services) {
    auto matched = all.instances(name);
    if (matched.size() != 1)
      refuse(state, fmt::format("host '{}': service '{}' {}; expected one of rad:local, rad:local-https, "
                                "rad:remote, ntp, kz-migr:stream, memory-reserve:zones",
                                spec.name, name, matched.empty() ? "is unknown" : "names several instances"));
    auto parsed = zones::parse_service_state(state.value);
    if (!parsed)
      refuse(state, fmt::format("host '{}': service '{}' state '{}'; expected online, offline, disabled, "
                                "maintenance or degraded",
                                spec.name, name, state.value));
    matched.front()->state = *parsed;
  }
  return all;
}

// The default AI manifest and SC profile a fresh 11.4 global zone holds (guide ch.1 and ch.3
// name both paths; the contents are a short kzsim model of the real files).
constexpr std::string_view kDefaultManifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE auto_install SYSTEM "file:///usr/share/install/ai.dtd.1">
<auto_install>
  <ai_instance name="default">
    <target>
      <logical>
        <zpool name="rpool" is_root="true">
          <filesystem name="export" mountpoint="/export"/>
          <filesystem name="export/home"/>
          <be name="solaris"/>
        </zpool>
      </logical>
    </target>
    <software type="IPS">
      <source>
        <publisher name="solaris">
          <origin name="http://pkg.oracle.com/solaris/release"/>
        </publisher>
      </source>
      <software_data action="install">
        <name>pkg:/entire@latest</name>
        <name>pkg:/group/system/solaris-large-server</name>
      </software_data>
    </software>
  </ai_instance>
</auto_install>
)";

constexpr std::string_view kEnableSciProfile = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE service_bundle SYSTEM "/usr/share/lib/xml/dtd/service_bundle.dtd.1">
<service_bundle type="profile" name="enable_sci">
  <service name="system/config-user" version="1" type="service">
    <instance name="default" enabled="true">
      <property_group name="sysconfig" type="application">
        <propval name="interactive_config" type="boolean" value="true"/>
      </property_group>
    </instance>
  </service>
</service_bundle>
)";

void install_standard_files(Host& host) {
  host.files.write("/usr/share/auto_install/manifest/default.xml", std::string(kDefaultManifest));
  host.files.write("/usr/share/auto_install/sc_profiles/enable_sci.xml", std::string(kEnableSciProfile));
}

Host build_host(const HostSpec& spec, const SeededRandom& scenario_random) {
  const catalog::CpuModel& model = find_model(spec);
  Host host;
  host.name = spec.name;
  host.model = &model;
  host.firmware = firmware(spec, model);
  host.bios = bios(spec, model);
  host.microcode_compatible = microcode_compatible(spec);
  host.os = os_release(spec);
  host.memory = spec.memory ? spec.memory->value : model.default_memory;
  if (spec.memory && host.memory < kSolarisMinimumMemory)
    refuse(*spec.memory, fmt::format("host '{}': memory {}; expected at least {}, the least Oracle Solaris 11 "
                                     "installs on",
                                     spec.name, format_size(host.memory), format_size(kSolarisMinimumMemory)));
  host.cores = model.topology.sockets * model.topology.cores_per_socket;
  if (spec.cores) {
    if (spec.cores->value < 1)
      refuse(*spec.cores, fmt::format("host '{}': cores {}; expected a positive number", spec.name, spec.cores->value));
    host.cores = spec.cores->value;
  }
  host.virtualization = virtualization(spec, model);
  host.packages = packages(spec);
  host.services = services(spec);
  host.rng = scenario_random.fork("host/" + spec.name);
  host.hostid = static_cast<std::uint32_t>(host.rng.fork("hostid").next());
  install_standard_files(host);
  return host;
}

}  // namespace

std::unique_ptr<World> build_world(const Scenario& scenario) {
  auto world = std::make_unique<zones::World>(scenario.seed);
  const SeededRandom scenario_random(scenario.seed);
  for (const auto& spec : scenario.hosts) world->add_host(build_host(spec, scenario_random));
  const auto& names = world->host_names();
  for (const auto& storage : scenario.storage) {
    if (const auto parsed = zones::parse_storage_uri(storage.uri.value); !parsed.uri) refuse(storage.uri, parsed.error);
    zones::SharedStorage shared;
    shared.uri = storage.uri.value;
    shared.size = storage.size ? storage.size->value : 0;
    if (storage.reachable_from)
      for (const auto& host : *storage.reachable_from) shared.reachable_from.insert(host.value);
    world->add_storage(std::move(shared));
  }
  if (scenario.network.links) {
    for (const auto& link : *scenario.network.links)
      world->add_link({link.between, link.bandwidth_bits, link.latency, true});
  } else {
    for (std::size_t a = 0; a < names.size(); ++a)
      for (std::size_t b = a + 1; b < names.size(); ++b) world->add_link({{names[a], names[b]}});
  }
  if (scenario.network.ssh_trust) {
    for (const auto& [a, b] : *scenario.network.ssh_trust) world->trust(a, b);
  } else {
    for (std::size_t a = 0; a < names.size(); ++a)
      for (std::size_t b = a + 1; b < names.size(); ++b) world->trust(names[a], names[b]);
  }
  for (const auto& user : scenario.users) {
    zones::Host* host = world->find_host(user.host);
    if (host == nullptr)
      throw InputError(fmt::format("user '{}': unknown host '{}'", user.name, user.host), user.where);
    auto& account = host->accounts.add(user.name);
    account.profiles = user.profiles;
    account.auths = user.auths;
  }
  // After the standard files, so that a scenario's file of the same path replaces it.
  for (const auto& [host_name, files] : scenario.files)
    if (zones::Host* host = world->find_host(host_name))
      for (const auto& [path, content] : files) host->files.write(path, content);
  return world;
}

}  // namespace kzsim::scenario
