// zoneadm install, uninstall and verify. Installation prints the guide's transcript for its
// install method (ch. 3, install_transcript.hpp) and writes it as its log under /var/log/zones,
// named with a simulated timestamp.
#include <fmt/format.h>

#include "core/error.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/releases/install_release.hpp"
#include "zones/migration/host_data.hpp"
#include "zones/migration/zone_identity.hpp"
#include "zones/migration/zone_storage.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/ai_manifest.hpp"
#include "zones/zoneadm/archive_install.hpp"
#include "zones/zoneadm/boot_checks.hpp"
#include "zones/zoneadm/install_transcript.hpp"
#include "zones/zoneadm/process_ids.hpp"
#include "zones/zoneadm/subcommands.hpp"
#include "zones/zoneadm/zone_memory.hpp"
#include "zones/zonecfg/storage_uri.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kInstallUsage =
    "usage: zoneadm -z zonename install [-m manifest] [-c profile] [-b iso] [-a archive] [-x install-size=SIZE]";

constexpr std::string_view kDefaultManifest = "/usr/share/auto_install/manifest/zone_default.xml";
constexpr std::string_view kDefaultProfile = "/usr/share/auto_install/sc_profiles/enable_sci.xml";
// The solaris publisher when the AI manifest names none: Oracle's public release repository
// (the origin guide Example 3-2 installs from).
constexpr std::string_view kReleaseOrigin = "http://pkg.oracle.com/solaris/release/";

InstallMethod install_method(const Options& options, const ArchiveInstall& archive) {
  if (options.values.contains('b')) return InstallMethod::Media;
  if (!archive.archive.empty()) return InstallMethod::Archive;
  if (options.values.contains('c')) return InstallMethod::Profile;
  if (options.values.contains('m')) return InstallMethod::Manifest;
  return InstallMethod::Direct;
}

// The publishers the AI manifest in effect names, with their origins as written there; a direct
// install's manifest stands for the global zone's publishers. None named (or a default
// manifest kzsim cannot read): the solaris publisher of Oracle's release repository. A -m manifest
// that is not one was refused before (archive_install).
std::vector<Publisher> manifest_publishers(const Host& host, std::string_view manifest) {
  std::vector<Publisher> publishers;
  try {
    if (const auto text = host.files.read(manifest))
      for (const ManifestPublisher& named : read_ai_manifest(*text, manifest).publishers)
        publishers.push_back({named.name, named.origin});
  } catch (const InputError&) {
    publishers.clear();
  }
  if (publishers.empty()) publishers.push_back({"solaris", std::string(kReleaseOrigin)});
  return publishers;
}

// Six characters as mkdtemp draws them, seeded by `purpose`.
std::string mkdtemp_suffix(const Host& host, std::string_view purpose) {
  constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  SeededRandom random = host.rng.fork("mkdtemp/" + std::string(purpose));
  std::string suffix;
  for (int i = 0; i < 6; ++i) suffix += kAlphabet[random.below(kAlphabet.size())];
  return suffix;
}

}  // namespace

std::string zoneadm_log_name(const ZoneCall& call, std::string_view operation) {
  return fmt::format("zoneadm.{}.{}.{}", call.context.world.clock().format("%Y%m%dT%H%M%SZ"), call.zone.name, operation);
}

std::string unreachable_boot_storage(const ZoneCall& call) {
  const std::string storage = boot_storage(call.zone.name, call.zone.config);
  const auto parsed = parse_storage_uri(storage);
  if (!parsed.uri || !parsed.uri->shared || call.context.world.storage_reachable(storage, call.context.host.name)) return {};
  return fmt::format("boot storage {} is not reachable from this host; expected storage that exists, is online and "
                     "is reachable from {}.",
                     storage, call.context.host.name);
}

void record_installed(ZoneCall& call, std::string_view log, catalog::Version guest_os) {
  call.zone.state = ZoneState::Installed;
  call.zone.guest_os = guest_os;
  give_identity(call.context.world, call.context.host, call.zone,
                call.context.host.rng.fork("zone-uuid/" + std::string(log)));
  write_host_data(call.context.world, call.context.host, call.zone, "installed");
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
  if (call.host_cannot_run_it()) return 1;
  if (const std::string refusal = unreachable_boot_storage(call); !refusal.empty()) return call.refuse(refusal);
  if (const std::string refusal = missing_device_storage(call.context.world, call.zone.name, call.zone.config);
      !refusal.empty())
    return call.refuse(refusal);
  const auto value_or = [&](char option, std::string_view fallback) {
    const auto found = options->values.find(option);
    return found == options->values.end() ? std::string(fallback) : found->second;
  };
  const Host& host = call.context.host;
  const ArchiveInstall archive = archive_install(host, call.zone, options->values);
  if (!archive.refusal.empty()) return call.refuse(archive.refusal);
  if (!archive.error.empty()) {
    call.context.call.err(archive.error);
    return 1;
  }
  auto sources = options->values;
  if (!archive.archive.empty()) sources['a'] = archive.archive;
  const InstallRelease release = install_release(host, sources);
  if (!release.refusal.empty()) return call.refuse(release.refusal);
  const InstallMethod method = install_method(*options, archive);
  const std::string log = zoneadm_log_name(call, "install");
  const std::string manifest = value_or('m', kDefaultManifest);
  const std::string profile = value_or('c', kDefaultProfile);

  const std::string tmp_suffix = mkdtemp_suffix(host, log);
  const std::string transcript = install_transcript(method, {.zone = call.zone.name,
                                                             .log = log,
                                                             .install_pid = simulated_process_id(host, "install/" + log),
                                                             .zoneadm_pid = simulated_process_id(host, "zoneadm/" + log),
                                                             .tmp_suffix = tmp_suffix,
                                                             .ai_manifest = manifest,
                                                             .sc_profile = profile,
                                                             .publishers = manifest_publishers(host, manifest)});
  call.context.call.out(transcript);
  call.context.host.files.write("/var/log/zones/" + log, transcript);
  call.context.world.clock().advance(install_time(method));
  record_installed(call, log, release.release);
  call.zone.pools = archive.pools;
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
  call.zone.pools.clear();
  call.zone.guest.reset();  // the Solaris installed in it, with its files and nested zones
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
