#include "zones/console/console_text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <charconv>

namespace kzsim::zones {

namespace {

bool is_sparc(const Host& host) { return host.arch() == catalog::Arch::Sparc; }

// The zone's hostid property ("0x6e026c74"); INFERRED for a zone without one: a hash of its name.
std::uint32_t zone_hostid(const Zone& zone) {
  if (const auto text = zone.config.get("hostid")) {
    std::string_view digits = *text;
    if (digits.starts_with("0x")) digits.remove_prefix(2);
    std::uint32_t value = 0;
    const auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), value, 16);
    if (parsed.ec == std::errc{} && parsed.ptr == digits.data() + digits.size()) return value;
  }
  std::uint32_t hash = 2166136261u;
  for (const char c : zone.name) hash = (hash ^ static_cast<std::uint8_t>(c)) * 16777619u;
  return hash;
}

Bytes zone_memory(const Zone& zone) {
  const ZoneConfig& config = zone.live ? *zone.live : zone.config;
  const Resource* capped = config.first("capped-memory");
  return parse_size(capped ? capped->get("physical").value_or("4G") : "4G").value_or(0);
}

// "11.2" of "11.2.0.15": the banner names the release.
std::string release_of(const catalog::Version& os) {
  if (os.parts.size() < 2) return os.text();
  return fmt::format("{}.{}", os.parts[0], os.parts[1]);
}

}  // namespace

void append(std::vector<std::string>& lines, const std::vector<std::string>& more) {
  lines.insert(lines.end(), more.begin(), more.end());
}

std::vector<std::string> openboot_banner(const Host& host, const Zone& zone) {
  const int sockets = std::max(1, host.cores / std::max(1, host.model->topology.cores_per_socket));
  const std::uint32_t hostid = zone_hostid(zone);
  return {"NOTICE: Entering OpenBoot.",
          "NOTICE: Fetching Guest MD from HV.",
          "NOTICE: Starting additional cpus.",
          "NOTICE: Initializing LDC services.",
          "NOTICE: Probing PCI devices.",
          "NOTICE: Finished PCI probing.",
          "",
          fmt::format("{}-{}, No Keyboard", host.model->family, sockets),
          "Copyright (c) 1998, 2014, Oracle and/or its affiliates. All rights reserved.",
          fmt::format("OpenBoot 4.36.0.build_05, {:.4f} GB memory available, Serial #{}.",
                      static_cast<double>(zone_memory(zone)) / static_cast<double>(GiB), hostid),
          fmt::format("Ethernet address 0:0:0:0:0:0, Host ID: {:08x}.", hostid)};
}

std::vector<std::string> x86_loader_lines(const std::vector<std::string>& args) {
  const std::string device = fmt::format("Boot device: disk0  File and args: {}", fmt::join(args, " "));
  return {args.empty() ? device.substr(0, device.size() - 1) : device,
          "reading module /platform/i86pc/amd64/boot_archive...done.",
          "reading kernel file /platform/i86pc/kernel/amd64/unix...done."};
}

std::vector<std::string> solaris_banner(const Host& host, const Zone& zone) {
  const std::string login = fmt::format("{} console login:", zone.name);
  if (is_sparc(host)) return {fmt::format("Hostname: {}", zone.name), login};
  // The guide's x86 transcript prints the global zone's node name and a spinner's last "-".
  return {fmt::format("SunOS global 5.11 {} i86pc i386 i86pc", release_of(zone.guest_os)),
          "Copyright (c) 1983, 2014, Oracle and/or its affiliates. All rights reserved.",
          fmt::format("Hostname: {}", zone.name), "-", login};
}

std::vector<std::string> menu_lines(const Host& host, const ZoneConsole& console) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < console.environments.size(); ++i) {
    const BootEnvironment& environment = console.environments[i];
    lines.push_back(is_sparc(host) ? fmt::format("{} {}", i + 1, environment.title)
                                   : fmt::format("{} {} ({})", i + 1, environment.title, environment.dataset));
  }
  return lines;
}

std::string menu_prompt(const Host& host, const ZoneConsole& console) {
  return fmt::format("Select environment to boot: [ 1 - {} ]:{}", console.environments.size(), is_sparc(host) ? " " : "");
}

// illumos kmdb_main.c prints "\nWelcome to kmdb\n" as it starts; the module line is what a
// Solaris boot stopped by -kd shows (krtld has loaded only these three by then).
std::vector<std::string> kmdb_welcome_lines() {
  return {"", "Welcome to kmdb", "Loaded modules: [ unix krtld genunix ]"};
}

std::string environment_names(const ZoneConsole& console) {
  std::vector<std::string> names;
  for (const BootEnvironment& environment : console.environments) names.push_back(environment.dataset);
  return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace kzsim::zones
