#pragma once
// The simulated world: hosts, shared storage, network links and ssh trust, and the simulated
// clock. It is both what a scenario acts on and what the shell runs commands in.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/random.hpp"
#include "core/scenario/scenario.hpp"
#include "core/shell/command.hpp"
#include "core/shell/shell.hpp"
#include "core/sim_clock.hpp"
#include "zones/console/guest_scheduler.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

struct SharedStorage {
  std::string uri;
  Bytes size = 0;
  std::set<std::string> reachable_from;  // empty: every host
  bool online = true;
  std::map<std::string, std::string, std::less<>> blocks;  // what hosts wrote: host data, suspend image
};

struct Link {
  std::pair<std::string, std::string> between;  // ordered: first < second
  std::uint64_t bandwidth_bits = 10'000'000'000ULL;
  SimDuration latency = std::chrono::microseconds(100);
  bool up = true;
};

// What the latest command that failed or wrote on standard error printed there, with the
// refusals it noted on standard output (World::note_refusal); `explain` (zones/teaching) says
// which rule it shows.
struct CommandRefusal {
  std::string host;
  std::string command;  // its words joined by spaces
  std::string errors;
  int exit = 0;
};

class World : public scenario::World, public shell::Environment {
 public:
  explicit World(std::uint64_t seed = 1);
  ~World() override;
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  // Hosts in the order added; the first is the default host of a scenario.
  Host& add_host(Host host);
  Host* find_host(std::string_view name);
  const Host* find_host(std::string_view name) const;
  const std::vector<std::string>& host_names() const { return host_order_; }

  void add_storage(SharedStorage storage);
  const SharedStorage* find_storage(std::string_view uri) const;
  SharedStorage* find_storage(std::string_view uri);
  bool storage_reachable(std::string_view uri, std::string_view host) const;
  const std::map<std::string, SharedStorage, std::less<>>& storages() const { return storage_; }

  // Only linked pairs reach each other; only trusted pairs have promptless ssh (the world
  // builder links and trusts every pair unless the scenario lists them).
  void add_link(Link link);
  void trust(std::string_view a, std::string_view b);
  const Link* link(std::string_view a, std::string_view b) const;  // nullptr when unlinked
  const std::map<std::pair<std::string, std::string>, Link>& links() const { return links_; }
  const std::set<std::pair<std::string, std::string>>& trusted() const { return trust_; }

  SimClock& clock() { return clock_; }
  const SimClock& clock() const { return clock_; }
  // Guests running workloads; advance() and every command bring them up to the clock.
  GuestScheduler& guests() { return guests_; }
  std::uint64_t seed() const { return seed_; }

  // scenario::World
  scenario::Transcript run(const scenario::RunStep& step) override;
  void advance(SimDuration by) override;
  void fault(const scenario::FaultStep& fault) override;
  // A fault due at simulated time `at`; operations that take time (live migration) apply the
  // due ones with run_due_faults() as their time advances, and so does advance().
  void schedule_fault(SimDuration at, scenario::FaultStep fault);
  void run_due_faults();
  const std::multimap<SimDuration, scenario::FaultStep>& scheduled_faults() const { return scheduled_faults_; }

  // shell::Environment
  std::optional<int> run(shell::Invocation& call) override;
  shell::FileSystem* files(std::string_view host) override;
  bool host_exists(std::string_view host) const override;
  bool user_exists(std::string_view host, std::string_view user) const override;
  bool ssh_allowed(std::string_view from, std::string_view to) const override;

  const std::optional<CommandRefusal>& last_refusal() const { return last_refusal_; }
  // Keeps `text`, a refusal the running command prints on standard output because Solaris
  // prints it there (sysadm evacuate's "evacuation skipped" line, guide Example 6-4), in the
  // command's refusal, in its place among what it prints on standard error.
  void note_refusal(std::string_view text);

 private:
  std::uint64_t seed_;
  SimClock clock_;
  GuestScheduler guests_;
  std::map<std::string, Host, std::less<>> hosts_;
  std::vector<std::string> host_order_;
  std::map<std::string, SharedStorage, std::less<>> storage_;
  std::map<std::pair<std::string, std::string>, Link> links_;  // keys ordered: first < second
  std::set<std::pair<std::string, std::string>> trust_;       // ordered likewise
  std::multimap<SimDuration, scenario::FaultStep> scheduled_faults_;
  std::unique_ptr<shell::Shell> shell_;                        // keeps $? between steps
  std::optional<CommandRefusal> last_refusal_;
  std::string* running_refusal_ = nullptr;  // what the running command printed as refusals
};

}  // namespace kzsim::zones

namespace kzsim::scenario {
// Builds the world a scenario describes, refusing what the scenario loader could not check
// (model ids, firmware and OS versions, BIOS switches, package and service states) with an
// InputError at the value's place. Also declared by core/scenario/world_builder.hpp.
std::unique_ptr<World> build_world(const Scenario& scenario);
}  // namespace kzsim::scenario
