#pragma once
// The kzsim command line: every registered subcommand under one CLI::App. main() and the
// command-line fuzz harness (tests/fuzz) both go through it.
#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace kzsim::tools {

class CommandLine {
 public:
  CommandLine();
  // The exit status when parsing ends the program (--help, a usage error: status 2); nothing
  // when a subcommand is ready to run.
  std::optional<int> parse(int argc, const char* const* argv);
  // The parsed subcommand's name ("" before a successful parse).
  std::string subcommand() const;
  // Runs the parsed subcommand; an InputError prints "kzsim: MESSAGE" and returns 2.
  int run() const;

 private:
  CLI::App app_{"kzsim: simulated Oracle Solaris kernel-zone hosts", "kzsim"};
  std::map<const CLI::App*, std::function<int()>> runners_;
};

}  // namespace kzsim::tools
