#include "core/shell/ssh.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <string>

#include "core/shell/session.hpp"

namespace kzsim::shell {

namespace {
constexpr int kSshFailure = 255;
constexpr std::string_view kUsage = "usage: ssh [-l user] [user@]host [command ...]\n";

int refuse(const Invocation& call, std::string_view message) {
  call.err(message);
  return kSshFailure;
}
}  // namespace

int run_ssh(Shell& shell, Invocation& call) {
  const auto& args = call.args;
  std::string user = call.caller.user;
  std::size_t next = 1;
  while (next < args.size() && args[next].starts_with('-')) {
    if (args[next] != "-l")
      return refuse(call, fmt::format("ssh: {}: option not supported\n{}", args[next], kUsage));
    if (next + 1 == args.size())
      return refuse(call, fmt::format("ssh: option requires an argument -- l\n{}", kUsage));
    user = args[next + 1];
    next += 2;
  }
  if (next == args.size()) return refuse(call, kUsage);

  std::string host = args[next++];
  if (std::size_t at = host.find('@'); at != std::string::npos) {
    user = host.substr(0, at);
    host = host.substr(at + 1);
  }
  Environment& env = shell.environment();
  if (!env.host_exists(host))
    return refuse(
        call, fmt::format("ssh: Could not resolve hostname {}: Name or service not known\n", host));
  if (!env.ssh_allowed(call.caller.host, host) || !env.user_exists(host, user))
    return refuse(call, fmt::format("{}@{}: Permission denied (publickey).\n", user, host));
  Shell remote(env);
  const Caller caller{.host = host, .user = user};
  if (next == args.size()) {
    // A login shell on the host, as OpenSSH with a pseudo-terminal: its prompt until exit or
    // end of input, then the client's closing line.
    const int status = run_interactive(remote, caller, host + "$ ", call.input, call.streams);
    call.err(fmt::format("Connection to {} closed.\n", host));
    return status;
  }
  std::string line = fmt::format("{}", fmt::join(args.begin() + next, args.end(), " "));
  return remote.run(caller, line, call.input, call.streams);
}

}  // namespace kzsim::shell
