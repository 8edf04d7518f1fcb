#pragma once
// A small simulated world for shell tests: hosts with files and users, ssh trust between host
// pairs, and commands given as functions. It records every command it is asked to run.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/shell/command.hpp"
#include "core/shell/memory_file_system.hpp"

namespace kzsim::shell::testing {

struct RecordedCall {
  Caller caller;
  std::vector<std::string> args;
};

class FakeEnvironment : public Environment {
 public:
  using Command = std::function<int(Invocation&)>;

  void add_host(const std::string& host) { files_[host]; }
  void add_user(const std::string& host, const std::string& user) { users_.insert({host, user}); }
  void trust(const std::string& from, const std::string& to) { trust_.insert({from, to}); }
  void add_command(const std::string& name, Command command) {
    commands_[name] = std::move(command);
  }
  const std::vector<RecordedCall>& calls() const { return calls_; }

  std::optional<int> run(Invocation& call) override {
    auto found = commands_.find(call.args[0]);
    if (found == commands_.end()) return std::nullopt;
    calls_.push_back({call.caller, call.args});
    return found->second(call);
  }
  FileSystem* files(std::string_view host) override {
    auto found = files_.find(host);
    return found == files_.end() ? nullptr : &found->second;
  }
  bool host_exists(std::string_view host) const override { return files_.contains(host); }
  bool user_exists(std::string_view host, std::string_view user) const override {
    return users_.contains({std::string(host), std::string(user)});
  }
  bool ssh_allowed(std::string_view from, std::string_view to) const override {
    return trust_.contains({std::string(from), std::string(to)});
  }

 private:
  std::map<std::string, MemoryFileSystem, std::less<>> files_;
  std::set<std::pair<std::string, std::string>> users_;
  std::set<std::pair<std::string, std::string>> trust_;
  std::map<std::string, Command> commands_;
  std::vector<RecordedCall> calls_;
};

}  // namespace kzsim::shell::testing
