#pragma once
// A scenario file (../shared/spec/scenario-format.md, format 1) as data. Values that a later
// layer validates (a model id, a firmware version, an OS release) keep their SourceLocation so
// that the refusal can name file:line:col.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "core/scenario/rendering.hpp"
#include "core/units.hpp"

namespace kzsim::scenario {

template <typename T>
struct Located {
  T value{};
  SourceLocation where;
};

struct HostSpec {
  std::string name;
  SourceLocation where;                              // the host's key
  Located<std::string> machine;                      // model id, checked by the world builder
  std::optional<Located<std::string>> firmware;
  std::map<std::string, Located<bool>> bios;          // vt-x, ept, nx (svm/npt/rvi aliases kept as written)
  std::optional<Located<std::string>> microcode;      // compatible | incompatible
  std::optional<Located<std::string>> os;
  std::optional<Located<Bytes>> memory;
  std::optional<Located<int>> cores;
  std::optional<Located<std::string>> virtualization;
  std::map<std::string, Located<std::string>> packages;  // package -> installed | absent ...
  std::map<std::string, Located<std::string>> services;  // service -> online | disabled | ...
};

struct StorageSpec {
  Located<std::string> uri;
  std::optional<Located<Bytes>> size;
  std::optional<std::vector<Located<std::string>>> reachable_from;  // nothing: every host
};

struct LinkSpec {
  std::pair<std::string, std::string> between;
  std::uint64_t bandwidth_bits = 10'000'000'000ULL;
  SimDuration latency = std::chrono::microseconds(100);
  SourceLocation where;
};

struct NetworkSpec {
  std::optional<std::vector<LinkSpec>> links;                                // nothing: every pair
  std::optional<std::vector<std::pair<std::string, std::string>>> ssh_trust;  // nothing: every pair
};

struct UserSpec {
  std::string name;
  std::string host;
  std::vector<std::string> profiles;
  std::vector<std::string> auths;
  SourceLocation where;
};

struct Expectation {
  std::optional<int> exit;
  std::optional<std::string> stdout_text, stderr_text, output_text;
  std::vector<std::string> stdout_contains, stderr_contains, output_contains;
  std::optional<std::string> stdout_matches, stderr_matches, output_matches;
  // kzsim extension: exact and -contains texts compared as the page they were copied from
  // rendered the output (docs/scenario-format-extensions.md).
  std::optional<Rendering> rendering;
};

struct Meanwhile;

struct RunStep {
  std::string command;
  std::string host;  // defaults to the first host
  std::string user = "root";
  std::optional<std::string> stdin_text;
  std::optional<Expectation> expect;
  std::vector<Meanwhile> meanwhile;  // in file order, which is also the order of their lines
};

// A command typed at another terminal while a step's command waits for its stdin line
// `before_line` (1-based): it runs just before that line is read (docs/scenario-format-extensions.md).
struct Meanwhile {
  int before_line = 1;
  RunStep run;  // its own host (default: the step's), user, command and optional expect
  SourceLocation where;
};

struct AdvanceStep {
  SimDuration by{};
};

struct FaultStep {
  std::string kind;  // link-down | link-up | host-crash | host-boot | storage-offline | storage-online
  std::optional<std::pair<std::string, std::string>> between;
  std::optional<std::string> host;
  std::optional<std::string> uri;
  // kzsim extension: the fault happens this long after its step, in simulated time, so that it
  // can strike while a later step's command runs (docs/scenario-format-extensions.md).
  std::optional<SimDuration> after;
};

struct Step {
  int number = 0;  // 1-based
  SourceLocation where;
  std::variant<RunStep, AdvanceStep, FaultStep> action;
};

struct Scenario {
  std::string file;
  std::string name;
  std::string description;
  std::uint64_t seed = 1;
  std::vector<HostSpec> hosts;  // in file order; the first is the default host
  std::vector<StorageSpec> storage;
  NetworkSpec network;
  std::vector<UserSpec> users;
  std::map<std::string, std::map<std::string, std::string>> files;  // host -> path -> content
  std::vector<Step> steps;
};

// What running one command line produced.
struct Transcript {
  std::string out;
  std::string err;
  std::string interleaved;  // out and err in the order they were written
  int exit = 0;
  std::vector<Transcript> meanwhile;  // the step's meanwhile commands that ran, in order
};

// The simulated world a scenario's steps act on; the zones layer builds and implements it.
class World {
 public:
  virtual ~World() = default;
  virtual Transcript run(const RunStep& step) = 0;
  virtual void advance(SimDuration by) = 0;
  virtual void fault(const FaultStep& fault) = 0;
};

}  // namespace kzsim::scenario
