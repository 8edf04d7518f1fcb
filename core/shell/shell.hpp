#pragma once
// A POSIX-like shell over a simulated world: it parses command lines, runs its builtins (echo,
// cat, true, false, pfexec, pfbash, ssh) itself and everything else through the Environment.
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"
#include "core/shell/parse.hpp"

namespace kzsim::shell {

class Shell {
 public:
  explicit Shell(Environment& env);

  // Runs one command line as `caller`. Standard input of the line's first command comes from
  // `input` (later commands of a `;` list share it); output goes to `streams`. Returns the
  // line's exit status (that of its last command), which also becomes $? for later lines. A
  // syntax error prints "sh: syntax error: <what> at column N" on stderr and returns 2. A line
  // with no command returns 0 and leaves $? as it was. What its commands print on standard error
  // quotes at most a bounded prefix of a long value (BoundedErrors).
  int run(const Caller& caller, std::string_view line, Input& input, Streams& streams);
  int last_status() const { return last_status_; }

  // Runs one command whose words are already expanded: a builtin, or the Environment's command;
  // "NAME: command not found" and 127 when neither exists. A command that throws
  // kzsim::InputError is reported as "NAME: <message>" with status 2.
  int run_command(Invocation& call);
  Environment& environment() { return env_; }

 private:
  int run_pipeline(const Caller& caller, const Pipeline& pipeline, Input& input, Streams& streams);
  int run_words(const Caller& caller, const SimpleCommand& command, Input& input, Streams& streams);
  std::vector<std::string> open_redirections(FileSystem* files, const Caller& caller,
                                             const std::vector<Redirection>& redirections,
                                             Streams& streams) const;

  Environment& env_;
  int last_status_ = 0;
};

}  // namespace kzsim::shell
