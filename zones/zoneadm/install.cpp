// zoneadm install, uninstall and verify. Installation prints the guide's progress lines
// (ch. 3, Example 3-1) and writes its log under /var/log/zones with a simulated timestamp.
#include <chrono>

#include <fmt/format.h>

#include "zones/host_commands/options.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/boot_checks.hpp"
#include "zones/zoneadm/subcommands.hpp"
#include "zones/zoneadm/zone_memory.hpp"

namespace kzsim::zones {

namespace {

// Example 3-1 reports 359.901 seconds for a direct installation.
constexpr SimDuration kInstallTime = std::chrono::milliseconds(359'901);

constexpr std::string_view kInstallUsage =
    "usage: zoneadm -z zonename install [-m manifest] [-c profile] [-b iso] [-a archive] [-x install-size=SIZE]";

// The install's transcript for the chosen sources.
std::string install_transcript(const Options& options, std::string_view log) {
  const bool from_media = options.values.contains('b');
  std::string text = fmt::format("Progress being logged to /var/log/zones/{}\n", log);
  if (from_media) return text;
  const auto value_or = [&](char option, std::string_view fallback) {
    auto found = options.values.find(option);
    return found == options.values.end() ? std::string(fallback) : found->second;
  };
  text += "pkg cache: Using /var/pkg/publisher.\n";
  text += fmt::format("AI Manifest: {}\n", value_or('m', "/usr/share/auto_install/manifest/zone_default.xml"));
  text += fmt::format("SC Profile: {}\n", value_or('c', "/usr/share/auto_install/sc_profiles/enable_sci.xml"));
  text += "Installation: Starting ...\n";
  text += options.values.contains('a') ? "Commencing transfer of stream: ...\n" : "Creating IPS image\n";
  text += "Installation: Succeeded\n";
  text += "    Done: Installation completed in 359.901 seconds.\n";
  return text;
}

}  // namespace

std::string zoneadm_log_name(const ZoneCall& call, std::string_view operation) {
  return fmt::format("zoneadm.{}.{}.{}", call.context.world.clock().format("%Y%m%dT%H%M%SZ"), call.zone.name, operation);
}

int zoneadm_install(ZoneCall& call) {
  if (call.zone.state == ZoneState::Incomplete) return call.refuse("zone is incomplete; uninstall required.");
  if (call.zone.state != ZoneState::Configured) return call.refuse("is already installed.");
  auto options = parse_options(call.context.call, "", "mcbax", kInstallUsage, call.options_at);
  if (!options) return 2;
  for (const auto& [option, path] : options->values) {
    if (option == 'x') {
      if (!path.starts_with("install-size=") || !parse_size(path.substr(13))) {
        return call.refuse(fmt::format("-x {}: expected install-size=SIZE (for example install-size=32G).", path));
      }
    } else if (!call.context.host.files.exists(path)) {
      return call.refuse(fmt::format("-{} {}: no such file; expected the full path of an existing file.", option, path));
    }
  }
  const std::string log = zoneadm_log_name(call, "install");
  const std::string transcript = install_transcript(*options, log);
  call.context.call.out(transcript);
  call.context.host.files.write("/var/log/zones/" + log, transcript);
  call.context.world.clock().advance(kInstallTime);
  call.zone.state = ZoneState::Installed;
  call.zone.guest_os = call.context.host.os;
  return 0;
}

int zoneadm_uninstall(ZoneCall& call) {
  if (call.zone.state == ZoneState::Configured) return call.refuse("is already in state 'configured'.");
  if (call.zone.state == ZoneState::Running) return call.refuse("zone is running; expected it halted before uninstall.");
  const bool forced = call.args.size() > 1 && call.args[1] == "-F";
  if (!forced) {
    const auto answer =
        call.context.call.input.read_line(fmt::format("Are you sure you want to uninstall zone {} (y/[n])? ", call.zone.name));
    if (!answer || (*answer != "y" && *answer != "yes")) return 0;
  }
  call.zone.state = ZoneState::Configured;
  call.zone.aux.clear();
  return 0;
}

int zoneadm_verify(ZoneCall& call) {
  if (call.zone.state == ZoneState::Incomplete) return call.refuse("zone is incomplete; uninstall required.");
  std::string error;
  if (!zone_memory_request(call.zone.config, error)) {
    call.context.call.err(error);
    return 1;
  }
  const std::string refusal = check_cpu_arch(call.context.host, call.zone);
  if (!refusal.empty()) {
    call.context.call.err(refusal);
    return 1;
  }
  return 0;
}

}  // namespace kzsim::zones
