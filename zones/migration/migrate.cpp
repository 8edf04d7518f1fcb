// zoneadm migrate: the guide's ch.5 progress lines for cold, warm and live migration. The
// zone is changed on either host only once every check has passed, and live migration's
// pre-copy rounds look at scheduled faults as simulated time advances.
#include "zones/migration/migrate.hpp"

#include "zones/zone_index.hpp"

#include <fmt/format.h>

#include "core/shell/text_input.hpp"
#include "zones/console/zone_console.hpp"
#include "zones/migration/ciphers.hpp"
#include "zones/migration/guest_class.hpp"
#include "zones/migration/guest_migration.hpp"
#include "zones/migration/host_data.hpp"
#include "zones/migration/migration_checks.hpp"
#include "zones/migration/precopy.hpp"
#include "zones/migration/rad_password.hpp"
#include "zones/migration/target_config.hpp"
#include "zones/migration/zone_storage.hpp"
#include "zones/world.hpp"
#include "zones/zoneadm/zone_memory.hpp"

namespace kzsim::zones {

namespace {

using std::chrono::seconds;

// INFERRED step durations: the guide gives none.
constexpr SimDuration kConnectTime = seconds(1);
constexpr SimDuration kAttachTime = seconds(2);
constexpr SimDuration kBootMigratingInTime = seconds(5);
constexpr SimDuration kHaltTime = seconds(2);
constexpr Bytes kDefaultDirtyRate = 32 * MiB;

class Migration {
 public:
  Migration(World& world, Host& source, const shell::Caller& caller, const MigrationRequest& request,
            shell::Streams& streams, Zone& zone)
      : world_(world), source_(source), caller_(caller), request_(request), streams_(streams), zone_(zone) {}

  int run();

 private:
  void say(std::string_view text) const {
    if (!request_.quiet) streams_.out(fmt::format("zoneadm: zone '{}': {}\n", zone_.name, text));
  }
  int fail(std::string_view text) const {
    streams_.err(fmt::format("zoneadm: zone '{}': {}\n", zone_.name, text));
    return 1;
  }
  std::optional<MigrationType> type() const;
  int connect();
  int prepare_configuration();
  int finish_offline();
  int live();
  int precopy();
  std::string timestamp() const { return world_.clock().format("%Y-%m-%d %H:%M:%S"); }
  std::string fault_reason() const;
  // The guide prints the newer wording for live migration over ssh (Examples 5-15, ch.4).
  bool ssh_live_wording() const { return uri_.uses_ssh() && type_ == MigrationType::Live && !request_.dry_run; }
  void step(SimDuration takes) { world_.advance(takes); }

  World& world_;
  Host& source_;
  const shell::Caller& caller_;
  const MigrationRequest& request_;
  shell::Streams& streams_;
  Zone& zone_;
  MigrationUri uri_;
  Host* target_ = nullptr;
  MigrationType type_ = MigrationType::Cold;
  ZoneConfig target_config_;
};

std::optional<MigrationType> Migration::type() const {
  if (zone_.state == ZoneState::Running) return MigrationType::Live;
  if (zone_.state != ZoneState::Installed) return std::nullopt;
  return zone_.aux.contains(AuxState::Suspended) ? MigrationType::Warm : MigrationType::Cold;
}

int Migration::connect() {
  auto parsed = parse_migration_uri(request_.uri, caller_.user);
  if (!parsed.uri) return fail(parsed.error);
  uri_ = *parsed.uri;
  target_ = world_.find_host(uri_.host);
  if (target_ == nullptr) return fail(fmt::format("unable to connect to {}: unknown host; expected a host of the scenario", uri_.host));
  if (target_ == &source_) return fail(fmt::format("{} is the source host; expected another host", uri_.host));
  const Link* link = world_.link(source_.name, target_->name);
  if (!target_->up || link == nullptr || !link->up)
    return fail(fmt::format("unable to connect to {}: host unreachable from {}", uri_.host, source_.name));
  if (uri_.uses_ssh()) {
    if (!world_.ssh_allowed(source_.name, target_->name))
      return fail(fmt::format("unable to connect to {}: ssh needs a prompt; expected promptless ssh (public key "
                              "authentication) from {}",
                              uri_.host, source_.name));
  } else {
    shell::TextInput nothing_typed("", false);
    shell::Input& input = request_.input != nullptr ? *request_.input : nothing_typed;
    if (auto refusal = rad_password_refusal(*target_, uri_.user, input); !refusal.empty()) return fail(refusal);
  }
  if (target_->accounts.find(uri_.user) == nullptr)
    return fail(fmt::format("unable to connect to {}: no user {} there", uri_.host, uri_.user));
  return 0;
}

int Migration::prepare_configuration() {
  const ZoneConfig& source_config = zone_.live ? *zone_.live : zone_.config;
  const Zone* existing = target_->find_zone(zone_.name);
  if (existing && existing->state != ZoneState::Configured)
    return fail(fmt::format("zone {} is {} on {}; expected no zone or a configured one there", zone_.name,
                            state_name(existing->state), target_->name));
  if (existing && !request_.use_source_config) {
    say(ssh_live_wording() ? "Using zone configuration on destination." : "Using existing zone configuration on destination.");
    target_config_ = existing->config;
    return 0;
  }
  if (auto refusal = check_target_rights(*target_, uri_.user); !refusal.empty()) return fail(refusal);
  say(ssh_live_wording() ? "Importing zone configuration on destination." : "Importing zone configuration.");
  if (auto refusal = release_refusal(*target_, source_config); !refusal.empty()) {
    streams_.err(fmt::format("zoneadm: zone '{}': configuration failed:\n{}Error received from the target machine:\n{}",
                             zone_.name, configuration_block(source_config), refusal));
    return 1;
  }
  target_config_ = source_config;
  return 0;
}

std::string Migration::fault_reason() const {
  const Link* link = world_.link(source_.name, target_->name);
  if (!target_->up) return fmt::format("{} went down", target_->name);
  if (link == nullptr || !link->up) return fmt::format("the link between {} and {} went down", source_.name, target_->name);
  for (const std::string& uri : device_storage(zone_.name, zone_.config))
    if (!world_.storage_reachable(uri, target_->name)) return fmt::format("storage {} went offline", uri);
  return {};
}

// The zone moves: configured on the target with the chosen configuration, only configured on
// the source.
void move_zone(Zone& zone, Host& target, const ZoneConfig& config, ZoneState state) {
  Zone moved = zone;
  moved.config = config;
  moved.state = state;
  target.zones.insert_or_assign(zone.name, moved);
  add_to_zone_index(target, zone.name);
  stop_running(zone);
  zone.state = ZoneState::Configured;
  zone.aux.clear();
}

int Migration::finish_offline() {
  say("Attaching zone.");
  step(kAttachTime);
  if (request_.dry_run) {
    say("Dry-run migration successful.");
    say("Cleaning up.");
    return 0;
  }
  if (auto reason = fault_reason(); !reason.empty()) return fail(fmt::format("migration failed: {}", reason));
  Zone& source_zone = zone_;
  move_zone(source_zone, *target_, target_config_, ZoneState::Installed);
  Zone& moved = *target_->find_zone(zone_.name);
  write_host_data(world_, *target_, moved, type_ == MigrationType::Warm ? "suspended" : "installed");
  say("Migration successful.");
  return 0;
}

int Migration::precopy() {
  const Link& link = *world_.link(source_.name, target_->name);
  std::string error;
  const Bytes memory = zone_memory_request(*zone_.live, error).value_or(ZoneMemoryRequest{}).page_size.amount;
  ModelledMemory modelled(memory, static_cast<double>(dirty_rate(source_, zone_)));
  // A guest running a workload moves for real; it runs as step() advances time.
  const std::unique_ptr<GuestPrecopy> guest = guest_precopy(zone_, *target_);
  Precopy copy(guest ? static_cast<PrecopyMemory&>(*guest) : modelled,
               {static_cast<double>(link.bandwidth_bits) / 8, link.latency});
  const SimDuration started = world_.clock().now();
  while (!copy.converged()) {
    if (copy.rounds() == kMaxPrecopyRounds)
      return fail(fmt::format("migration failed: memory did not converge after {} pre-copy rounds ({} bytes still "
                              "dirty, {} ms downtime over the {} ms limit); the zone keeps running on {}",
                              kMaxPrecopyRounds, copy.remaining(),
                              std::chrono::duration_cast<std::chrono::milliseconds>(copy.downtime()).count(),
                              std::chrono::duration_cast<std::chrono::milliseconds>(kDefaultDowntimeLimit).count(),
                              source_.name));
    const PrecopyRound round = copy.next_round();
    step(round.took);
    if (auto reason = fault_reason(); !reason.empty())
      return fail(fmt::format("migration failed: {}; the zone keeps running on {}", reason, source_.name));
    if (request_.verbose)
      say(fmt::format("Pre-copy round {}: sent {} bytes in {} ms.", copy.rounds(), round.sent,
                      std::chrono::duration_cast<std::chrono::milliseconds>(round.took).count()));
  }
  if (!ssh_live_wording()) say("Suspending zone on source host.");
  const SimDuration downtime = copy.downtime();
  if (guest) world_.guests().pause(*zone_.console, true);
  step(downtime);
  if (guest) world_.guests().pause(*zone_.console, false);
  if (auto reason = fault_reason(); !reason.empty())
    return fail(fmt::format("migration failed: {}; the zone resumes on {}", reason, source_.name));
  if (request_.verbose)
    say(fmt::format("Migration report: {} rounds, {} bytes sent, {} ms total, {} ms downtime.", copy.rounds(),
                    copy.bytes_sent() + copy.remaining(),
                    std::chrono::duration_cast<std::chrono::milliseconds>(world_.clock().now() - started).count(),
                    std::chrono::duration_cast<std::chrono::milliseconds>(downtime).count()));
  if (guest) zone_.console->guest = guest->switch_over();
  return 0;
}

int Migration::live() {
  say("Attaching zone.");
  step(kAttachTime);
  say("Booting zone in 'migrating-in' mode.");
  step(kBootMigratingInTime);
  const ZoneConfig& running = *zone_.live;
  if (auto refusal = live_config_refusal(running, target_config_, zone_.name); !refusal.empty()) {
    streams_.err(fmt::format("zoneadm: zone '{}': boot failed:\n{}", zone_.name, refusal));
    return 1;
  }
  if (auto refusal = memory_reserve_refusal(source_, *target_, zone_); !refusal.empty()) {
    streams_.err(fmt::format("zoneadm: zone '{}': boot failed:\nerror: {}\n", zone_.name, refusal));
    return 1;
  }
  std::string error;
  const auto request = zone_memory_request(target_config_, error);
  const BootResult booted = request ? rebuild_host_memory(*target_).boot(zone_.name, *request) : BootResult{0, error};
  if (!booted.ok()) {
    streams_.err(fmt::format("zoneadm: zone '{}': boot failed:\n{}", zone_.name, booted.error));
    return 1;
  }
  say(source_.arch() == catalog::Arch::X86 && request_.dry_run ? "Checking live migration compatibility."
                                                              : "Checking migration compatibility.");
  if (auto refusal = resume_refusal(source_, running, *target_, target_config_, zone_.name, timestamp()); !refusal.empty()) {
    streams_.err(fmt::format("zoneadm: zone '{}': configuration check failed:\n{}", zone_.name, refusal));
    return 1;
  }
  if (request_.dry_run) {
    say("Cleaning up.");
    say("Dry-run migration successful.");
    return 0;
  }
  say("Starting migration.");
  if (int status = precopy(); status != 0) return status;
  say("Waiting for migration to complete.");
  const int id = target_->next_zone_id();
  const Bytes page_size = booted.page_size;
  move_zone(zone_, *target_, target_config_, ZoneState::Running);
  Zone& moved = *target_->find_zone(zone_.name);
  moved.id = id;
  moved.live = target_config_;
  moved.backing_page_size = page_size;
  write_host_data(world_, *target_, moved, "running");
  say("Migration successful.");
  step(kHaltTime);
  say(ssh_live_wording() ? "Halting and detaching zone." : "Halting and detaching zone on source host.");
  return 0;
}

int Migration::run() {
  const auto found_type = type();
  if (!found_type)
    return fail(fmt::format("zone is {}; expected installed (cold), installed and suspended (warm) or running (live)",
                            state_name(zone_.state)));
  type_ = *found_type;
  if (request_.type == "live" && type_ != MigrationType::Live)
    return fail("-t live: the zone is not running; expected a running zone for live migration");
  if (auto refusal = check_source_rights(source_, caller_.user, zone_, type_); !refusal.empty()) return fail(refusal);
  if (int status = connect(); status != 0) return status;
  step(kConnectTime);
  if (request_.cipher == "list") {
    streams_.out(cipher_listing(source_, *target_));
    return 0;
  }
  for (const MigrationRefusals& refusals : {host_refusals(source_, *target_, uri_, type_),
                                           zone_feature_refusals(source_, *target_, zone_, type_),
                                           storage_refusals(world_, source_, *target_, zone_, type_)})
    if (!refusals.empty()) return fail(refusals.front().text);
  if (type_ == MigrationType::Live) {
    const CipherChoice cipher = choose_cipher(source_, *target_, zone_.name, request_.cipher);
    if (!cipher.error.empty()) {
      streams_.err(cipher.error);
      return 1;
    }
  }
  if (int status = prepare_configuration(); status != 0) return status;
  return type_ == MigrationType::Live ? live() : finish_offline();
}

}  // namespace

Bytes dirty_rate(const Host& source, const Zone& zone) {
  const auto text = source.files.read(std::string(kWorkloadDirectory) + zone.name);
  if (!text) return kDefaultDirtyRate;
  std::string trimmed = *text;
  while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == ' ')) trimmed.pop_back();
  return parse_size(trimmed).value_or(kDefaultDirtyRate);
}

int migrate_zone(World& world, Host& source, const shell::Caller& caller, const MigrationRequest& request,
                 shell::Streams& streams) {
  Zone* zone = source.find_zone(request.zone);
  if (zone == nullptr) {
    streams.err(fmt::format("zoneadm: {}: No such zone configured\n", request.zone));
    return 1;
  }
  return Migration(world, source, caller, request, streams, *zone).run();
}

}  // namespace kzsim::zones
