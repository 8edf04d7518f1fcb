#include "zones/guest/guest_shell.hpp"

#include <fmt/format.h>

#include <charconv>
#include <sstream>

#include "core/shell/shell.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/guest/guest_system.hpp"

namespace kzsim::zones {

// What the shell inside the zone runs its commands in: the guest command table and the files of
// the zone's Solaris. The zone reaches no other host (ssh from a kernel zone is not modelled).
class GuestEnvironment : public shell::Environment {
 public:
  GuestEnvironment(CommandContext& context, Zone& zone) : context_(context), zone_(zone) {}

  std::optional<int> run(shell::Invocation& call) override {
    const GuestCommandFn command = find_guest_command(call.args.front());
    if (!command) return std::nullopt;
    if (auto page = help_page(call.args)) {
      call.out(*page);
      return 0;
    }
    if (auto refusal = json_refusal(call.args, zone_.name)) {
      call.err(*refusal);
      return 2;
    }
    GuestCommandContext guest{context_, zone_, call};
    return command(guest);
  }
  shell::FileSystem* files(std::string_view host) override {
    return host == zone_.name ? &guest_system(context_.host, zone_).files : nullptr;
  }
  bool host_exists(std::string_view host) const override { return host == zone_.name; }
  bool user_exists(std::string_view host, std::string_view user) const override {
    return host == zone_.name && zone_.guest && zone_.guest->accounts.find(user) != nullptr;
  }
  bool ssh_allowed(std::string_view, std::string_view) const override { return false; }

 private:
  CommandContext& context_;
  Zone& zone_;
};

GuestSession::GuestSession(CommandContext& context, Zone& zone)
    : zone_(zone),
      environment_(std::make_unique<GuestEnvironment>(context, zone)),
      shell_(std::make_unique<shell::Shell>(*environment_)) {
  guest_system(context.host, zone);
}

GuestSession::~GuestSession() = default;

int GuestSession::run(std::string_view line, shell::Input& input, shell::Streams& streams) {
  return shell_->run(shell::Caller{.host = zone_.name, .user = "root"}, line, input, streams);
}

namespace {
// `exit`, `exit N` or `logout` alone on a line: what status it ends the session with.
std::optional<int> session_end(std::string_view line, int last) {
  std::istringstream words{std::string(line)};
  std::string first, status, extra;
  words >> first >> status >> extra;
  if ((first != "exit" && first != "logout") || !extra.empty() || (first == "logout" && !status.empty()))
    return std::nullopt;
  if (status.empty()) return last;
  int value = 0;
  const auto [end, error] = std::from_chars(status.data(), status.data() + status.size(), value);
  if (error != std::errc() || end != status.data() + status.size()) return std::nullopt;
  return value & 0xff;
}
}  // namespace

int GuestSession::interact(std::string_view prompt, shell::Input& input, shell::Streams& streams) {
  while (auto line = input.read_line(prompt)) {
    if (auto status = session_end(*line, shell_->last_status())) return *status;
    run(*line, input, streams);
  }
  return shell_->last_status();
}

}  // namespace kzsim::zones
