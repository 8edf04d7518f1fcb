#include "core/shell/shell.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/shell/builtins.hpp"
#include "core/shell/paths.hpp"
#include "core/shell/streams.hpp"
#include "core/shell/text_input.hpp"

namespace kzsim::shell {

Shell::Shell(Environment& env) : env_(env) {}

int Shell::run(const Caller& caller, std::string_view line, Input& input, Streams& terminal) {
  BoundedErrors streams(terminal);
  CommandList list;
  try {
    list = parse_line(line);
  } catch (const InputError& e) {
    streams.err(fmt::format("sh: syntax error: {} at column {}\n", e.message(), e.where().column));
    return last_status_ = 2;
  }
  if (list.items.empty()) return 0;
  for (const ListItem& item : list.items) {
    bool skipped = (item.condition == Condition::IfSucceeded && last_status_ != 0) ||
                   (item.condition == Condition::IfFailed && last_status_ == 0);
    if (!skipped) last_status_ = run_pipeline(caller, item.pipeline, input, streams);
  }
  return last_status_;
}

namespace {

// Solaris keeps its commands in /usr/bin and /usr/sbin (/bin and /sbin link there, filesystem(7)):
// a command named by such a path is the command of that name (Ansible runs `/bin/sh -c ...` in a
// zone and `/usr/sbin/virtinfo -p` on a host).
std::optional<std::string> standard_command_name(std::string_view word) {
  for (std::string_view directory : {"/bin/", "/sbin/", "/usr/bin/", "/usr/sbin/"}) {
    if (word.starts_with(directory) && word.size() > directory.size() &&
        word.find('/', directory.size()) == std::string_view::npos)
      return std::string(word.substr(directory.size()));
  }
  return std::nullopt;
}

}  // namespace

int Shell::run_command(Invocation& call) {
  if (call.args.empty()) return 0;  // a line of redirections only
  std::optional<int> status;
  const auto run_named = [&] {
    std::optional<int> found = run_builtin(*this, call);
    return found ? found : env_.run(call);
  };
  try {
    status = run_named();
    if (auto name = standard_command_name(call.args[0]); !status && name) {
      std::string path = std::exchange(call.args[0], *name);
      status = run_named();
      if (!status) call.args[0] = std::move(path);
    }
  } catch (const InputError& e) {
    call.err(fmt::format("{}: {}\n", call.args[0], e.what()));
    return 2;
  }
  if (status) return *status;
  call.err(fmt::format("{}: command not found\n", call.args[0]));
  return 127;
}

// Commands of a pipeline run one after the other; each one's output is the next one's input.
int Shell::run_pipeline(const Caller& caller, const Pipeline& pipeline, Input& input,
                        Streams& streams) {
  std::string piped;
  int status = 0;
  for (std::size_t i = 0; i < pipeline.commands.size(); ++i) {
    const SimpleCommand& command = pipeline.commands[i];
    TextInput pipe_input(std::move(piped), false);
    piped.clear();
    Input& command_input = i == 0 ? input : pipe_input;
    bool writes_to_pipe = i + 1 < pipeline.commands.size();
    if (!writes_to_pipe && command.redirections.empty()) {
      status = run_words(caller, command, command_input, streams);
      continue;
    }
    CapturedOutput output(streams);
    if (command.redirections.empty()) {
      status = run_words(caller, command, command_input, output);
      piped = output.captured();
      continue;
    }
    FileSystem* files = env_.files(caller.host);
    auto targets = open_redirections(files, caller, command.redirections, streams);
    if (targets.empty()) {
      status = 1;
      continue;
    }
    status = run_words(caller, command, command_input, output);
    files->append(targets.back(), output.captured());
  }
  return status;
}

int Shell::run_words(const Caller& caller, const SimpleCommand& command, Input& input,
                     Streams& streams) {
  std::vector<std::string> args;
  for (const Word& word : command.words) args.push_back(word.expand(last_status_));
  Invocation call{caller, std::move(args), input, streams};
  return run_command(call);
}

// Like a shell, creates or empties every target before the command runs; the last one receives
// the output. Returns the resolved paths, or none (after saying why) when the host has no files.
std::vector<std::string> Shell::open_redirections(FileSystem* files, const Caller& caller,
                                                  const std::vector<Redirection>& redirections,
                                                  Streams& streams) const {
  std::vector<std::string> paths;
  for (const Redirection& redirection : redirections) {
    std::string written = redirection.target.expand(last_status_);
    if (files == nullptr) {
      streams.err(
          fmt::format("sh: {}: cannot create: host {} has no file system\n", written, caller.host));
      return {};
    }
    paths.push_back(resolve_path(caller.user, written));
    if (redirection.append)
      files->append(paths.back(), "");
    else
      files->write(paths.back(), "");
  }
  return paths;
}

}  // namespace kzsim::shell
