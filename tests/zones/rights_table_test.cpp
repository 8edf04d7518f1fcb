// Every privileged command, run by every caller: root and one account per right the guide and
// kzsim's rights model name (profiles, global and per-zone authorizations, the zone's admin
// resource), each with and without pfexec. A row lists who may run the command; everyone else
// is refused with the command's own message and nothing changes.
#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/scenario/load.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {
namespace {

constexpr std::string_view kStorage = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60001";
constexpr std::string_view kCloneStorage = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60002";

// Account name -> its profiles and authorizations on global1 (the accounts named admin-* hold
// nothing themselves: kz's admin resources name them). On global2, the migration target, every
// account but `nobody` holds Zone Configuration, so that a migrate row tests the source's rights.
struct Account {
  std::string name;
  std::vector<std::string> profiles;
  std::vector<std::string> auths;
};
const std::vector<Account> kAccounts{
    {"nobody", {}, {}},
    {"zone-config", {"Zone Configuration"}, {}},
    {"config-auth", {}, {"solaris.zone.config"}},
    {"config-kz", {}, {"solaris.zone.config/kz"}},
    {"admin-config", {}, {}},
    {"zone-management", {"Zone Management"}, {}},
    {"manage-auth", {}, {"solaris.zone.manage"}},
    {"manage-kz", {}, {"solaris.zone.manage/kz"}},
    {"admin-manage", {}, {}},
    {"zone-migration", {"Zone Migration"}, {}},
    {"migrate-auth", {}, {"solaris.zone.migrate"}},
    {"migrate-kz", {}, {"solaris.zone.migrate/kz"}},
    {"admin-migrate", {}, {}},
    {"cold-migration", {"Zone Cold Migration"}, {}},
    {"maintenance", {"Maintenance and Repair"}, {}},
    {"service-management", {"Service Management"}, {}},
    {"service-operator", {"Service Operator"}, {}},
    {"user-management", {"User Management"}, {}},
};

std::string yaml_list(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + fmt::format("'{}'", item);
  return "[" + text + "]";
}

std::string scenario_text() {
  std::string text = fmt::format(
      "format: 1\nname: rights\nhosts:\n  global1: {{machine: sparc-t7}}\n  global2: {{machine: sparc-t7}}\n"
      "storage:\n  - uri: {}\n    size: 16G\n  - uri: {}\n    size: 16G\nusers:\n",
      kStorage, kCloneStorage);
  for (const auto& account : kAccounts) {
    text += fmt::format("  - {{name: {}, host: global1, profiles: {}, auths: {}}}\n", account.name,
                        yaml_list(account.profiles), yaml_list(account.auths));
    text += fmt::format("  - {{name: {}, host: global2, profiles: {}}}\n", account.name,
                        account.name == "nobody" ? "[]" : "['Zone Configuration']");
  }
  return text + "steps:\n  - run: 'true'\n";
}

// kz: a kernel zone on shared storage whose admin resources give admin-config, admin-manage and
// admin-migrate one zone-scoped right each, in the state a row asks for.
enum class State { Configured, Installed, Running, Detached };

std::string zone_setup(State state) {
  std::string commands = fmt::format(
      "zonecfg -z kz 'create -t SYSsolaris-kz; select device id=0; set storage={}; end; "
      "add admin; set user=admin-config; set auths=config; end; add admin; set user=admin-manage; set auths=manage; end; "
      "add admin; set user=admin-migrate; set auths=migrate; end; commit'",
      kStorage);
  if (state != State::Configured) commands += " && zoneadm -z kz install";
  if (state == State::Running) commands += " && zoneadm -z kz boot";
  if (state == State::Detached) commands += " && zoneadm -z kz detach";
  return commands;
}

// Who may run a row's command: "USER" with or without pfexec, "USER+pfexec" only through pfexec.
using Allowed = std::set<std::string>;

const Allowed kConfigure{"root", "zone-config+pfexec", "config-auth", "config-kz", "admin-config"};
const Allowed kConfigureAnyZone{"root", "zone-config+pfexec", "config-auth"};
const Allowed kManage{"root", "zone-management", "manage-auth", "manage-kz", "admin-manage"};
const Allowed kMigrateLive{"root", "zone-migration", "migrate-auth", "migrate-kz", "admin-migrate"};
const Allowed kMigrateCold{"root",       "zone-migration", "migrate-auth",  "migrate-kz",
                           "admin-migrate", "cold-migration"};
const Allowed kMaintain{"root", "maintenance+pfexec"};
const Allowed kSmfManage{"root", "service-management", "service-operator"};
const Allowed kSmfModify{"root", "service-management"};
const Allowed kUserManage{"root", "user-management+pfexec"};

struct Row {
  std::string command;
  State state;
  std::string setup;  // more commands as root after the zone's setup
  Allowed allowed;
  std::string refusal;  // stderr of a refused caller; {user} stands for the caller's name
  std::string stdin_text = {};
};

std::string zonecfg_refusal(std::string_view zone) {
  return fmt::format("zonecfg: user {{user}} is not authorized to configure zone {}; expected root, the Zone "
                     "Configuration rights profile (through pfexec or pfbash) or the solaris.zone.config "
                     "authorization\n",
                     zone);
}
std::string zoneadm_refusal(std::string_view zone) {
  return fmt::format("zoneadm: zone '{0}': user {{user}} is not authorized to manage this zone; expected root, the "
                     "solaris.zone.manage authorization (or solaris.zone.manage/{0}) or auths=manage in the zone's "
                     "admin resource\n",
                     zone);
}
const std::string kLiveMigrateRefusal =
    "zoneadm: zone 'kz': user {user} may not migrate this zone; expected the Zone Migration profile or the "
    "solaris.zone.migrate authorization\n";
const std::string kColdMigrateRefusal =
    "zoneadm: zone 'kz': user {user} may not migrate this zone; expected the Zone Migration profile, the Zone Cold "
    "Migration profile or the solaris.zone.migrate authorization\n";
const std::string kMaintainRefusal =
    "sysadm: maintain: permission denied for {user}; expected the Maintenance and Repair rights profile (through "
    "pfexec or pfbash)\n";

const std::vector<Row> kRows{
    {"zonecfg -z kz 'set autoboot=true'", State::Configured, "", kConfigure, zonecfg_refusal("kz")},
    {"zonecfg -z kz", State::Configured, "", kConfigure, zonecfg_refusal("kz"), "set autoboot=true\ncommit\nexit\n"},
    {"zonecfg -z kz -f /var/tmp/autoboot.cfg", State::Configured, "echo 'set autoboot=true' > /var/tmp/autoboot.cfg",
     kConfigure, zonecfg_refusal("kz")},
    {"zonecfg -z kz2 'create -t SYSsolaris-kz'", State::Configured, "", kConfigureAnyZone, zonecfg_refusal("kz2")},
    {"zonecfg -z kz delete -F", State::Configured, "", kConfigure, zonecfg_refusal("kz")},
    {"zonecfg -z kz -r 'select capped-memory; set physical=8G; end; commit'", State::Running, "", kConfigure,
     zonecfg_refusal("kz")},
    {"zoneadm -z kz install", State::Configured, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz verify", State::Configured, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz boot", State::Installed, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz uninstall -F", State::Installed, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz detach", State::Installed, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz attach", State::Detached, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz2 clone kz", State::Installed,
     fmt::format("zonecfg -z kz2 'create -t SYSsolaris-kz; select device id=0; set storage={}; end; commit'",
                 kCloneStorage),
     {"root", "zone-management", "manage-auth"}, zoneadm_refusal("kz2")},
    {"zoneadm -z kz halt", State::Running, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz shutdown", State::Running, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz reboot", State::Running, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz apply", State::Running, "zonecfg -z kz 'select capped-memory; set physical=8G; end; commit'", kManage,
     zoneadm_refusal("kz")},
    {"zoneadm -z kz suspend", State::Running, "", kManage, zoneadm_refusal("kz")},
    {"zoneadm -z kz migrate ssh://global2", State::Running, "", kMigrateLive, kLiveMigrateRefusal},
    {"zoneadm -z kz migrate ssh://global2", State::Installed, "", kMigrateCold, kColdMigrateRefusal},
    {"sysadm maintain -s -m 'new firmware'", State::Installed, "", kMaintain, kMaintainRefusal},
    {"sysadm maintain -e", State::Installed, "sysadm maintain -s", kMaintain, kMaintainRefusal},
    {"svcadm refresh svc:/system/zones", State::Installed, "", kSmfManage,
     "svcadm: svc:/system/zones:default: Permission denied.\n"},
    {"svccfg -s system/zones/zone setprop evacuation/target=ssh://global2", State::Installed, "", kSmfModify,
     "svccfg: Permission denied.\n"},
    {"usermod -P +'Zone Migration' nobody", State::Installed, "", kUserManage,
     "UX: usermod: ERROR: Permission denied.\n"},
};

struct Caller {
  std::string user;
  bool pfexec = false;
  std::string label() const { return pfexec ? user + "+pfexec" : user; }
};

std::vector<Caller> callers() {
  std::vector<Caller> all{{"root", false}, {"root", true}};
  for (const auto& account : kAccounts)
    for (bool pfexec : {false, true}) all.push_back({account.name, pfexec});
  return all;
}

bool allowed(const Row& row, const Caller& caller) {
  return row.allowed.contains(caller.user) || (caller.pfexec && row.allowed.contains(caller.user + "+pfexec"));
}

class RightsTable : public ::testing::TestWithParam<Row> {
 protected:
  static const scenario::Scenario& scenario() {
    static const scenario::Scenario loaded = scenario::load_scenario_text(scenario_text(), "rights.yaml");
    return loaded;
  }

  std::unique_ptr<World> world_for(const Row& row) {
    auto built = scenario::build_world(scenario());
    std::unique_ptr<World> world(dynamic_cast<World*>(built.release()));
    for (const std::string& setup : {zone_setup(row.state), row.setup}) {
      if (setup.empty()) continue;
      const auto done = run(*world, setup, "root");
      EXPECT_EQ(done.exit, 0) << setup << "\n" << done.err;
    }
    return world;
  }

  static scenario::Transcript run(World& world, std::string command, std::string user,
                                  std::optional<std::string> stdin_text = std::nullopt, std::string host = "global1") {
    scenario::RunStep step;
    step.command = std::move(command);
    step.host = std::move(host);
    step.user = std::move(user);
    step.stdin_text = std::move(stdin_text);
    return world.run(step);
  }

  // What a refused command must leave as it was, on both hosts.
  static std::string state_of(World& world) {
    constexpr std::string_view kState =
        "zoneadm list -cp; zonecfg -z kz export; zonecfg -z kz2 export; sysadm maintain -l; auths nobody; "
        "profiles nobody; svcprop -p evacuation/target system/zones/zone";
    return run(world, std::string(kState), "root").interleaved +
           run(world, std::string(kState), "root", std::nullopt, "global2").interleaved;
  }
};

TEST_P(RightsTable, OnlyTheRightsHoldersMayRunIt) {
  const Row& row = GetParam();
  for (const Caller& caller : callers()) {
    SCOPED_TRACE(caller.label() + ": " + row.command);
    auto world = world_for(row);
    const std::string before = state_of(*world);
    const auto result = run(*world, (caller.pfexec ? "pfexec " : "") + row.command, caller.user,
                            row.stdin_text.empty() ? std::nullopt : std::optional<std::string>(row.stdin_text));
    const std::string refusal = fmt::format(fmt::runtime(row.refusal), fmt::arg("user", caller.user));
    if (allowed(row, caller)) {
      EXPECT_EQ(result.exit, 0) << result.interleaved;
      EXPECT_EQ(result.err.find(refusal), std::string::npos);
    } else {
      EXPECT_NE(result.exit, 0);
      EXPECT_EQ(result.err, refusal);
      EXPECT_EQ(state_of(*world), before);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(EveryPrivilegedCommand, RightsTable, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row>& info) {
                           std::string name = fmt::format("{}_", info.index);
                           for (char c : info.param.command.substr(0, 40))
                             name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

// Commands that only read need no right at all.
TEST(RightsTableInfo, ListingNeedsNoRight) {
  auto built = scenario::build_world(scenario::load_scenario_text(scenario_text(), "rights.yaml"));
  auto& world = dynamic_cast<World&>(*built);
  for (const char* command : {"zoneadm list -cv", "sysadm maintain -l", "auths nobody", "profiles nobody"}) {
    scenario::RunStep step;
    step.command = command;
    step.host = "global1";
    step.user = "nobody";
    EXPECT_EQ(world.run(step).exit, 0) << command;
  }
}

}  // namespace
}  // namespace kzsim::zones
