// zoneadm -z NEW clone SOURCE: installs a configured zone as a copy of a halted installed one
// (guide ch.3, Example 3-7).
#include <chrono>

#include <fmt/format.h>

#include "zones/host_commands/options.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/process_ids.hpp"
#include "zones/zoneadm/subcommands.hpp"

namespace kzsim::zones {

namespace {

// INFERRED: the guide gives no duration for a direct clone.
constexpr SimDuration kCloneTime = std::chrono::seconds(90);

std::string clone_transcript(std::string_view log, int install_pid) {
  return fmt::format(
      "Progress being logged to /var/log/zones/{}\n"
      " Install Log: /system/volatile/install.{}/install_log\n"
      " AI Manifest: /system/shared/ai.xml\n"
      "Installation: Starting ...\n"
      "Creating direct clone image...\n"
      "Registering dynamic archive transfer\n"
      "Pre-validating manifest targets before actual target selection\n"
      "Pre-validation of manifest targets completed\n"
      "Validating combined manifest and archive origin targets\n"
      "Commencing transfer of stream: ...\n"
      "Completed transfer of direct stream: ...\n"
      "Archive transfer completed\n"
      "Installation: Succeeded\n",
      log, install_pid);
}

}  // namespace

int zoneadm_clone(ZoneCall& call) {
  constexpr std::string_view kUsage = "usage: zoneadm -z zonename clone source-zone";
  const auto options = parse_options(call.context.call, "", "", kUsage, call.options_at);
  if (!options) return 2;
  if (options->operands.size() != 1) {
    call.context.call.err(fmt::format("zoneadm: clone: expected one source zone\n{}\n", kUsage));
    return 2;
  }
  const std::string& source_name = options->operands.front();
  const Zone* source = call.context.host.find_zone(source_name);
  if (!source) return call.refuse(fmt::format("clone: {}: No such zone configured", source_name));
  if (source->state != ZoneState::Installed) {
    return call.refuse(fmt::format("clone: source zone {} is {}; expected it installed and halted.", source_name,
                                   state_name(source->state)));
  }
  if (call.zone.state != ZoneState::Configured) {
    return call.refuse(fmt::format("is {}; expected a configured zone to clone into.", state_name(call.zone.state)));
  }
  if (const std::string refusal = unreachable_boot_storage(call); !refusal.empty()) return call.refuse(refusal);
  const std::string log = zoneadm_log_name(call, "clone");
  const std::string transcript =
      clone_transcript(log, simulated_process_id(call.context.host, "install/" + call.zone.name));
  call.context.call.out(transcript);
  call.context.host.files.write("/var/log/zones/" + log, transcript);
  call.context.world.clock().advance(kCloneTime);
  record_installed(call, log, source->guest_os);
  return 0;
}

}  // namespace kzsim::zones
