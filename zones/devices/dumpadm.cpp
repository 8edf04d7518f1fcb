// dumpadm inside a kernel zone: where the zone's kernel writes its crash dump (its own dump
// zvol in its root pool) and where savecore puts the files (guide ch.7 "Kernel Zone Core
// Dumps"). Labels padded to "Savecore directory" as Oracle Solaris 11 prints them
// (tests/scenarios/devices/README.md has the sources).
//   dumpadm                 the configuration
//   dumpadm [-n|-y] [-s DIR]  savecore off/on at boot, its directory; then the configuration
// The zone's settings live in its host's file system, as the zone's own /etc/dumpadm.conf would.
// --json (kzsim) prints the configuration as one object keyed by its labels as a listing's
// columns are keyed (zones/host_commands/listing.hpp).
#include <fmt/format.h>

#include "zones/devices/guest_commands.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage = "usage: dumpadm [-n|-y] [-s savecore-dir]\n";

std::string settings_path(const Zone& zone) { return fmt::format("/var/kzsim/zones/{}/etc/dumpadm.conf", zone.name); }

struct DumpSettings {
  std::string directory = "/var/crash";
  bool savecore = true;
};

DumpSettings read_settings(const Host& host, const Zone& zone) {
  DumpSettings settings;
  const auto text = host.files.read(settings_path(zone));
  if (!text) return settings;
  const auto newline = text->find('\n');
  settings.directory = text->substr(0, newline);
  settings.savecore = text->substr(newline + 1).starts_with("yes");
  return settings;
}

int run_dumpadm(GuestCommandContext& guest) {
  const bool json = take_json_option(guest.call.args);
  auto options = parse_options(guest.call, "ny", "s", kUsage);
  if (!options) return 2;
  if (!options->operands.empty() || (options->has('n') && options->has('y'))) {
    guest.call.err(fmt::format("dumpadm: expected at most one of -n and -y and no operands\n{}", kUsage));
    return 2;
  }
  Host& host = guest.host.host;
  DumpSettings settings = read_settings(host, guest.zone);
  if (const auto directory = options->values.find('s'); directory != options->values.end()) {
    if (!directory->second.starts_with('/')) {
      guest.call.err(fmt::format("dumpadm: -s {}: expected an absolute path\n", directory->second));
      return 1;
    }
    settings.directory = directory->second;
  }
  if (options->has('n') || options->has('y')) settings.savecore = options->has('y');
  if (!options->flags.empty() || !options->values.empty())
    host.files.write(settings_path(guest.zone),
                     fmt::format("{}\n{}\n", settings.directory, settings.savecore ? "yes" : "no"));
  const std::vector<std::string> labels{"Dump content", "Dump device", "Savecore directory", "Savecore enabled",
                                        "Save compressed"};
  const std::vector<std::string> values{"kernel with ZFS metadata", "/dev/zvol/dsk/rpool/dump (dedicated)",
                                        settings.directory, settings.savecore ? "yes" : "no", "on"};
  if (json) {
    guest.call.out(json_text(table_rows(labels, {values}).front()));
    return 0;
  }
  for (std::size_t at = 0; at < labels.size(); ++at) guest.call.out(fmt::format("{:<18}: {}\n", labels[at], values[at]));
  return 0;
}

const bool registered = register_guest_command("dumpadm", run_dumpadm);

}  // namespace

}  // namespace kzsim::zones
