#pragma once
// The shell of the Solaris inside a kernel zone: root's command lines, run through kzsim's shell
// (core/shell: quoting, ;, &&, ||, |, > and >>, $?) over the zone's commands (the guest command
// table) and the zone's own files. zlogin ZONE ARGS... runs its arguments joined by blanks as
// one line, as Solaris's zlogin does; an interactive zlogin and the console login (zlogin -C)
// read lines at a prompt until exit, logout or end of input. Both go through GuestSession.
#include <memory>
#include <string_view>

#include "core/shell/command.hpp"
#include "zones/commands.hpp"
#include "zones/host.hpp"

namespace kzsim::shell {
class Shell;
}

namespace kzsim::zones {

class GuestEnvironment;

// root logged in to a running kernel zone; $? carries from line to line.
class GuestSession {
 public:
  GuestSession(CommandContext& context, Zone& zone);
  ~GuestSession();
  GuestSession(const GuestSession&) = delete;
  GuestSession& operator=(const GuestSession&) = delete;

  // Runs one command line; returns its exit status.
  int run(std::string_view line, shell::Input& input, shell::Streams& streams);

  // Reads lines at `prompt` and runs them until `exit [N]` or `logout` (the status N, else that
  // of the last line) or end of input.
  int interact(std::string_view prompt, shell::Input& input, shell::Streams& streams);

 private:
  Zone& zone_;
  std::unique_ptr<GuestEnvironment> environment_;
  std::unique_ptr<shell::Shell> shell_;
};

}  // namespace kzsim::zones
