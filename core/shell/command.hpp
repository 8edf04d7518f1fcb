#pragma once
// The contract between the shell (which parses command lines) and the commands it runs
// (zonecfg, zoneadm, virtinfo, ... in zones/). Commands never see the real machine.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::shell {

// Where a command writes. Implementations keep the order of stdout and stderr chunks so that a
// transcript can show them interleaved as a terminal would.
class Streams {
 public:
  virtual ~Streams() = default;
  virtual void out(std::string_view text) = 0;
  virtual void err(std::string_view text) = 0;
};

// Where a command reads. A terminal (a scenario's `stdin:` lines, or a person at `kzsim shell`)
// shows each prompt followed by the typed line; a pipe or file shows nothing.
class Input {
 public:
  virtual ~Input() = default;
  // The next line without its newline, or nothing at end of input. On a terminal the prompt and
  // the typed line (with a newline) appear on the command's standard output.
  virtual std::optional<std::string> read_line(std::string_view prompt) = 0;
  // A line typed without echo (a password): a terminal shows the prompt, then only the newline.
  // Inputs that cannot hide what is typed show it as read_line does.
  virtual std::optional<std::string> read_secret(std::string_view prompt) { return read_line(prompt); }
  // Everything not read yet.
  virtual std::string read_all() = 0;
  virtual bool is_terminal() const = 0;
};

// Who runs a command, and where.
struct Caller {
  std::string host;             // the simulated global zone (host name from the scenario)
  std::string user = "root";    // root holds every right
  bool with_profiles = false;   // run through pfexec or pfbash: the user's rights profiles apply
};

struct Invocation {
  Caller caller;
  std::vector<std::string> args;  // args[0] is the command name as typed
  Input& input;
  Streams& streams;

  void out(std::string_view text) const { streams.out(text); }
  void err(std::string_view text) const { streams.err(text); }
};

// A simulated host's file system: absolute paths to file contents. Directories exist implicitly.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  virtual std::optional<std::string> read(std::string_view path) const = 0;
  virtual void write(std::string_view path, std::string content) = 0;
  virtual void append(std::string_view path, std::string_view content) = 0;
  virtual bool exists(std::string_view path) const = 0;
  virtual bool remove(std::string_view path) = 0;
  // Paths directly or indirectly below `directory`, sorted.
  virtual std::vector<std::string> list(std::string_view directory) const = 0;
};

// What the shell needs from the simulated world; the zones layer implements it.
class Environment {
 public:
  virtual ~Environment() = default;
  // Runs a command that is not a shell builtin and returns its exit status, or nothing when no
  // command of that name exists on the caller's host.
  virtual std::optional<int> run(Invocation& call) = 0;
  virtual FileSystem* files(std::string_view host) = 0;  // nullptr for an unknown host
  virtual bool host_exists(std::string_view host) const = 0;
  virtual bool user_exists(std::string_view host, std::string_view user) const = 0;
  // Promptless ssh from `from` to `to` (the scenario's ssh-trust and links).
  virtual bool ssh_allowed(std::string_view from, std::string_view to) const = 0;
};

}  // namespace kzsim::shell
