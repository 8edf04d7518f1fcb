#include "zones/world.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/shell/line_watched_input.hpp"
#include "core/shell/streams.hpp"
#include "core/shell/text_input.hpp"
#include "zones/commands.hpp"
#include "zones/host_power.hpp"

namespace kzsim::zones {

namespace {
std::pair<std::string, std::string> ordered(std::string_view a, std::string_view b) {
  return a < b ? std::pair{std::string(a), std::string(b)} : std::pair{std::string(b), std::string(a)};
}

// Passes everything on and keeps standard error, for last_refusal(); while it lives, the
// refusals the command notes (World::note_refusal) are kept with it.
class ErrorsKept : public shell::Streams {
 public:
  ErrorsKept(shell::Streams& to, std::string*& running) : to_(to), running_(running), outer_(running) {
    running_ = &errors_;
  }
  ~ErrorsKept() override { running_ = outer_; }
  ErrorsKept(const ErrorsKept&) = delete;
  ErrorsKept& operator=(const ErrorsKept&) = delete;
  void out(std::string_view text) override { to_.out(text); }
  void err(std::string_view text) override {
    errors_ += text;
    to_.err(text);
  }
  const std::string& errors() const { return errors_; }

 private:
  shell::Streams& to_;
  std::string*& running_;
  std::string* outer_;  // a command that runs this one (ssh), kept to restore
  std::string errors_;
};
}  // namespace

World::World(std::uint64_t seed) : seed_(seed), shell_(std::make_unique<shell::Shell>(*this)) {}

World::~World() = default;

Host& World::add_host(Host host) {
  const std::string name = host.name;
  auto [it, inserted] = hosts_.insert_or_assign(name, std::move(host));
  if (inserted) host_order_.push_back(name);
  return it->second;
}

Host* World::find_host(std::string_view name) {
  auto it = hosts_.find(name);
  return it == hosts_.end() ? nullptr : &it->second;
}

const Host* World::find_host(std::string_view name) const {
  auto it = hosts_.find(name);
  return it == hosts_.end() ? nullptr : &it->second;
}

void World::add_storage(SharedStorage storage) {
  auto uri = storage.uri;
  storage_.insert_or_assign(std::move(uri), std::move(storage));
}

const SharedStorage* World::find_storage(std::string_view uri) const {
  auto it = storage_.find(uri);
  return it == storage_.end() ? nullptr : &it->second;
}

SharedStorage* World::find_storage(std::string_view uri) {
  auto it = storage_.find(uri);
  return it == storage_.end() ? nullptr : &it->second;
}

bool World::storage_reachable(std::string_view uri, std::string_view host) const {
  const SharedStorage* storage = find_storage(uri);
  return storage != nullptr && storage->online &&
         (storage->reachable_from.empty() || storage->reachable_from.contains(std::string(host)));
}

void World::add_link(Link link) {
  link.between = ordered(link.between.first, link.between.second);
  auto key = link.between;
  links_.insert_or_assign(std::move(key), std::move(link));
}

void World::trust(std::string_view a, std::string_view b) { trust_.insert(ordered(a, b)); }

const Link* World::link(std::string_view a, std::string_view b) const {
  auto it = links_.find(ordered(a, b));
  return it == links_.end() ? nullptr : &it->second;
}

scenario::Transcript World::run(const scenario::RunStep& step) {
  shell::RecordingStreams streams;
  shell::TextInput typed(step.stdin_text.value_or(""), true, &streams);
  scenario::Transcript transcript;
  // The step's meanwhile commands run at their own terminal when the command is about to read
  // their stdin line; the loader keeps them in line order.
  std::size_t next = 0;
  shell::LineWatchedInput input(typed, [&](int line) {
    for (; next < step.meanwhile.size() && step.meanwhile[next].before_line <= line; ++next)
      transcript.meanwhile.push_back(run(step.meanwhile[next].run));
  });
  const shell::Caller caller{step.host.empty() ? host_order_.front() : step.host, step.user};
  transcript.exit = shell_->run(caller, step.command, input, streams);
  transcript.out = streams.out();
  transcript.err = streams.err();
  transcript.interleaved = streams.interleaved();
  return transcript;
}

void World::advance(SimDuration by) {
  clock_.advance(by);
  run_due_faults();
  guests_.advance(*this);
}

void World::schedule_fault(SimDuration at, scenario::FaultStep fault) { scheduled_faults_.emplace(at, std::move(fault)); }

void World::run_due_faults() {
  while (!scheduled_faults_.empty() && scheduled_faults_.begin()->first <= clock_.now()) {
    const scenario::FaultStep due = scheduled_faults_.begin()->second;
    scheduled_faults_.erase(scheduled_faults_.begin());
    fault(due);
  }
}

void World::fault(const scenario::FaultStep& fault) {
  if (fault.after) {
    if (*fault.after > clock_.remaining())
      throw InputError(fmt::format("cannot schedule a fault {} ns after {}: the simulated clock's range ends at {}",
                                   fault.after->count(), clock_.format("%Y-%m-%d %H:%M:%S UTC"),
                                   SimClock::range_end()));
    scenario::FaultStep later = fault;
    later.after.reset();
    schedule_fault(clock_.now() + *fault.after, std::move(later));
    return;
  }
  if (fault.kind == "link-down" || fault.kind == "link-up") {
    if (fault.between)
      if (auto it = links_.find(ordered(fault.between->first, fault.between->second)); it != links_.end())
        it->second.up = fault.kind == "link-up";
  } else if (fault.kind == "host-crash" || fault.kind == "host-boot") {
    if (Host* host = fault.host ? find_host(*fault.host) : nullptr) {
      host->up = fault.kind == "host-boot";
      if (host->up) boot_host(*this, *host);
      else crash_host(*host);
    }
  } else if (fault.kind == "storage-offline" || fault.kind == "storage-online") {
    if (fault.uri)
      if (auto it = storage_.find(*fault.uri); it != storage_.end())
        it->second.online = fault.kind == "storage-online";
  }
}

std::optional<int> World::run(shell::Invocation& call) {
  Host* host = find_host(call.caller.host);
  CommandFn command = call.args.empty() ? nullptr : find_command(call.args.front());
  if (host == nullptr || command == nullptr) return std::nullopt;
  guests_.advance(*this);  // commands see guests as they are now
  if (auto page = help_page(call.args)) {
    call.out(*page);
    return 0;
  }
  ErrorsKept streams(call.streams, running_refusal_);
  shell::Invocation kept{call.caller, call.args, call.input, streams};
  CommandContext context{*this, *host, kept};
  const auto remember = [&](std::string errors, int exit) {
    std::string words;
    for (const std::string& word : call.args) words += (words.empty() ? "" : " ") + word;
    last_refusal_ = CommandRefusal{call.caller.host, std::move(words), std::move(errors), exit};
  };
  try {
    const auto json_refused = json_refusal(call.args);
    if (json_refused) kept.err(*json_refused);
    const int exit = json_refused ? 2 : command(context);
    if (exit != 0 || !streams.errors().empty()) remember(streams.errors(), exit);
    return exit;
  } catch (const InputError& error) {
    remember(error.message(), 2);
    throw;
  }
}

void World::note_refusal(std::string_view text) {
  if (running_refusal_ != nullptr) *running_refusal_ += text;
}

shell::FileSystem* World::files(std::string_view host) {
  Host* found = find_host(host);
  return found == nullptr ? nullptr : &found->files;
}

bool World::host_exists(std::string_view host) const { return find_host(host) != nullptr; }

bool World::user_exists(std::string_view host, std::string_view user) const {
  const Host* found = find_host(host);
  return found != nullptr && found->accounts.find(user) != nullptr;
}

bool World::ssh_allowed(std::string_view from, std::string_view to) const {
  const Host* target = find_host(to);
  if (target == nullptr || !target->up) return false;
  if (from == to) return true;
  const Link* between = link(from, to);
  return between != nullptr && between->up && trust_.contains(ordered(from, to));
}

}  // namespace kzsim::zones
