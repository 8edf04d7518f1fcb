#pragma once
// One zonecfg session on one zone of one host: the configuration being edited, the scope
// stack (global, a resource, a nested resource), and the subcommands acting on them. The
// command (zonecfg_command.cpp) feeds it subcommands from the arguments, a file or a terminal.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"
#include "zones/zone_config.hpp"
#include "zones/zonecfg/command_line.hpp"
#include "zones/zonecfg/property_rules.hpp"
#include "zones/zonecfg/resource_specs.hpp"

namespace kzsim::zones {
struct Host;
}

namespace kzsim::zones::zonecfg {

enum class Outcome { Ok, Failed, SyntaxError };

class Session {
 public:
  // `live`: edit the running zone's live configuration (-r). `facts` drive the value rules.
  Session(Host& host, std::string zonename, bool live, HostFacts facts, shell::Invocation& call);

  // Whether the session could start (live mode needs a running zone); the refusal is printed.
  bool usable() const { return usable_; }
  bool exists() const { return exists_; }
  bool finished() const { return finished_; }
  std::string prompt() const;

  Outcome run(const Words& words);
  // End of input: what `exit` does.
  Outcome finish();

 private:
  struct Scope {
    Resource resource;                // the working copy
    std::optional<std::size_t> index; // its place in the parent when selected; nothing when added
  };

  Outcome create(const Words& words);
  Outcome set(const Words& words);
  Outcome clear(const Words& words);
  Outcome add(const Words& words);
  Outcome select(const Words& words);
  Outcome remove(const Words& words);
  Outcome info(const Words& words);
  Outcome export_config(const Words& words);
  Outcome verify();
  Outcome commit(const Words& words);
  Outcome revert(const Words& words);
  Outcome reload();
  Outcome remove_zone(const Words& words);
  Outcome end();
  Outcome cancel();
  Outcome exit(const Words& words);
  Outcome help(const Words& words);

  // Applies zonecfg commands (a template, an archive's configuration) in this session.
  Outcome apply_commands(const std::string& commands, std::string_view origin);
  // What `create` starts from: nothing (-b), a template or zone (-t), an archive (-a).
  struct Base {
    enum Kind { Blank, Template, Archive } kind;
    std::string name;
  };
  Outcome load_base(const Base& base);
  Outcome set_property(Resource& resource, std::string_view type, std::string_view name, std::string_view value);
  Outcome change(const std::function<Outcome()>& mutate);
  Outcome refuse(std::string message, Outcome outcome = Outcome::Failed);
  Outcome usage(std::string_view subcommand);
  Outcome unknown_property(std::string_view name, std::string_view type);  // type "" for a global
  Outcome unknown_resource(std::string_view type);
  bool needs_config();
  // Live mode needs the zone to exist and run, at the start and (another terminal may have
  // halted or deleted it meanwhile) at each commit; refuses and returns false otherwise.
  bool live_zone_usable();
  bool confirm(std::string_view question);

  ZoneConfig effective() const;
  std::vector<Resource>& siblings();  // the list the innermost open scope belongs to
  const ResourceSpec* open_spec() const;           // the innermost open resource's type, if any
  bool nested_here(std::string_view type) const;   // a nested type of the open resource (anet: mac, vlan)
  const ZoneConfig* stored() const;    // the zone's configuration on the host (persistent or live)
  void rename_paths(ZoneConfig& config, std::string_view from, std::string_view to) const;

  Host& host_;
  std::string zonename_;
  std::string pending_name_;  // set zonename= waiting for commit
  bool live_;
  HostFacts facts_;
  shell::Invocation& call_;
  ZoneConfig config_;
  ZoneConfig loaded_;  // as stored when the session started or last committed
  std::vector<Scope> scopes_;
  bool usable_ = true;
  bool exists_ = false;
  bool dirty_ = false;
  bool finished_ = false;
};

}  // namespace kzsim::zones::zonecfg
