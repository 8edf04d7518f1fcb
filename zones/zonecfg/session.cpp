// zonecfg sessions: dispatch, scopes, end, cancel and exit; the subcommands live in session_*.cpp.
#include "zones/zonecfg/session.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "zones/host.hpp"
#include "zones/zonecfg/resource_specs.hpp"

namespace kzsim::zones::zonecfg {

namespace {

// illumos zonecfg usage strings (solaris-facts §5), plus Oracle's commit -n.
const std::map<std::string, std::string, std::less<>>& usages() {
  static const std::map<std::string, std::string, std::less<>> table = {
      {"add", "add <resource-type>\n\t(global scope)\nadd <property-name> <property-value>\n\t(resource scope)"},
      {"cancel", "cancel"},
      {"clear", "clear <property-name>"},
      {"commit", "commit [-n]"},
      {"create", "create [-F] [ -a <path> | -b | -t <template> ]"},
      {"delete", "delete [-F]"},
      {"end", "end"},
      {"exit", "exit [-F]"},
      {"export", "export [-f output-file]"},
      {"info", "info [<resource-type> [property-name=property-value]*]"},
      {"reload", "reload"},
      {"remove", "remove [-F] <resource-type> [ <property-name>=<property-value> ]*\n\t(global scope)\n"
                 "remove <property-name> <property-value>\n\t(resource scope)"},
      {"revert", "revert [-F]"},
      {"select", "select <resource-type> { <property-name>=<property-value> }"},
      {"set", "set <property-name>=<property-value>"},
      {"verify", "verify"},
  };
  return table;
}

bool global_only(std::string_view command) {
  static const std::vector<std::string_view> names = {"create", "commit", "verify", "revert",
                                                       "reload", "delete", "export"};
  return std::find(names.begin(), names.end(), command) != names.end();
}

bool is_yes(const std::optional<std::string>& answer) {
  return answer && !answer->empty() && ((*answer)[0] == 'y' || (*answer)[0] == 'Y');
}

}  // namespace

Session::Session(Host& host, std::string zonename, bool live, HostFacts facts, shell::Invocation& call)
    : host_(host), zonename_(std::move(zonename)), live_(live), facts_(std::move(facts)), call_(call) {
  if (live_ && !live_zone_usable()) {
    usable_ = false;
    return;
  }
  if (const ZoneConfig* config = stored()) {
    config_ = loaded_ = *config;
    exists_ = true;
  }
}

const ZoneConfig* Session::stored() const {
  Zone* zone = host_.find_zone(zonename_);
  if (zone == nullptr) return nullptr;
  if (live_ && zone->live) return &*zone->live;
  return &zone->config;
}

std::string Session::prompt() const {
  std::string text = "zonecfg:" + zonename_;
  for (const Scope& scope : scopes_) text += ":" + scope.resource.type;
  return text + "> ";
}

Outcome Session::refuse(std::string message, Outcome outcome) {
  call_.err(message + "\n");
  return outcome;
}

Outcome Session::usage(std::string_view subcommand) {
  auto it = usages().find(subcommand);
  return refuse(fmt::format("usage:\n{}", it == usages().end() ? std::string(subcommand) : it->second), Outcome::SyntaxError);
}

Outcome Session::unknown_property(std::string_view name, std::string_view type) {
  const BrandSpec* brand = find_brand(config_.brand);
  if (brand == nullptr) return refuse(fmt::format("{}: No such property type (brand {} is unknown)", name, config_.brand));
  if (type.empty())
    return refuse(fmt::format("{}: No such property type; expected zonename, brand, {} or <resource>:<property>", name,
                              brand->global_names()));
  const ResourceSpec* spec = brand->resource(type);
  return refuse(fmt::format("{}: No such property type for resource {}; expected {}", name, type,
                            spec ? spec->property_names() : std::string("(none)")));
}

Outcome Session::unknown_resource(std::string_view type) {
  const BrandSpec* brand = find_brand(config_.brand);
  return refuse(fmt::format("{}: No such resource type; expected {}", type, brand ? brand->resource_types() : "(none)"));
}

bool Session::live_zone_usable() {
  const Zone* zone = host_.find_zone(zonename_);
  if (zone == nullptr) {
    refuse(fmt::format("{}: No such zone configured", zonename_));
    return false;
  }
  if (zone->state != ZoneState::Running) {
    refuse(fmt::format("zonecfg: {}: live mode (-r) is available only for a running zone; the zone is {}", zonename_,
                       state_name(zone->state)));
    return false;
  }
  return true;
}

bool Session::needs_config() {
  if (exists_) return true;
  refuse(fmt::format("{}: No such zone configured", zonename_));
  return false;
}

bool Session::confirm(std::string_view question) { return is_yes(call_.input.read_line(question)); }

Outcome Session::run(const Words& words) {
  static const std::map<std::string, std::function<Outcome(Session&, const Words&)>, std::less<>> handlers = {
      {"create", [](Session& s, const Words& w) { return s.create(w); }},
      {"set", [](Session& s, const Words& w) { return s.set(w); }},
      {"clear", [](Session& s, const Words& w) { return s.clear(w); }},
      {"add", [](Session& s, const Words& w) { return s.add(w); }},
      {"select", [](Session& s, const Words& w) { return s.select(w); }},
      {"remove", [](Session& s, const Words& w) { return s.remove(w); }},
      {"info", [](Session& s, const Words& w) { return s.info(w); }},
      {"export", [](Session& s, const Words& w) { return s.export_config(w); }},
      {"verify", [](Session& s, const Words&) { return s.verify(); }},
      {"commit", [](Session& s, const Words& w) { return s.commit(w); }},
      {"revert", [](Session& s, const Words& w) { return s.revert(w); }},
      {"reload", [](Session& s, const Words&) { return s.reload(); }},
      {"delete", [](Session& s, const Words& w) { return s.remove_zone(w); }},
      {"end", [](Session& s, const Words&) { return s.end(); }},
      {"cancel", [](Session& s, const Words&) { return s.cancel(); }},
      {"exit", [](Session& s, const Words& w) { return s.exit(w); }},
      {"help", [](Session& s, const Words& w) { return s.help(w); }},
      {"quit", [](Session& s, const Words& w) { return s.exit(w); }},
  };
  auto handler = handlers.find(words.front());
  if (handler == handlers.end())
    return refuse(fmt::format("{}: unknown zonecfg subcommand; expected add, cancel, clear, commit, create, delete, end, "
                              "exit, export, help, info, reload, remove, revert, select, set or verify",
                              words.front()),
                  Outcome::SyntaxError);
  if (words.front() != "info" && std::find(words.begin(), words.end(), "--json") != words.end())
    return refuse(fmt::format("{}: --json (kzsim) is taken only by info; expected {} --json", words.front(),
                              usages().at("info")),
                  Outcome::SyntaxError);
  if (!scopes_.empty() && global_only(words.front()))
    return refuse(fmt::format("The {} command only makes sense in the global scope.", words.front()));
  if (scopes_.empty() && (words.front() == "end" || words.front() == "cancel"))
    return refuse(fmt::format("The {} command only makes sense in the resource scope.", words.front()));
  return handler->second(*this, words);
}

Outcome Session::help(const Words& words) {
  std::string text;
  for (const auto& [name, line] : usages())
    if (words.size() == 1 || std::find(words.begin() + 1, words.end(), name) != words.end()) text += line + "\n";
  if (text.empty()) return refuse(fmt::format("help {}: no such subcommand", words[1]));
  call_.out(text);
  return Outcome::Ok;
}

// The end of input ends the open resources and then exits (kzsim keeps what was typed; Solaris
// refuses "Resource incomplete." there, which scenarios written without `end` never expect).
Outcome Session::finish() {
  if (finished_) return Outcome::Ok;
  while (!scopes_.empty())
    if (end() != Outcome::Ok) return Outcome::Failed;
  return exit({"exit"});
}

// ---- end, cancel, exit --------------------------------------------------------------------------

ZoneConfig Session::effective() const {
  ZoneConfig config = config_;
  if (scopes_.empty()) return config;
  Resource inner = scopes_.back().resource;
  for (std::size_t i = scopes_.size() - 1; i > 0; --i) {
    Resource parent = scopes_[i - 1].resource;
    if (scopes_[i].index) parent.children[*scopes_[i].index] = inner;
    else parent.children.push_back(inner);
    inner = std::move(parent);
  }
  if (scopes_.front().index) config.resources[*scopes_.front().index] = inner;
  else config.resources.push_back(inner);
  return config;
}

Outcome Session::end() {
  Scope scope = scopes_.back();
  std::vector<Resource>& parent = siblings();
  const BrandSpec* brand = find_brand(config_.brand);
  const ResourceSpec* spec = brand ? brand->resource(scope.resource.type) : nullptr;
  if (spec != nullptr && spec->numbered && !scope.resource.find("id")) {
    int id = 0;
    auto taken = [&](int candidate) {
      return std::any_of(parent.begin(), parent.end(), [&](const Resource& other) {
        return other.type == scope.resource.type && other.get("id") == std::to_string(candidate);
      });
    };
    while (taken(id)) ++id;
    scope.resource.set("id", std::to_string(id));
  }
  if (scope.index) parent[*scope.index] = scope.resource;
  else parent.push_back(scope.resource);
  scopes_.pop_back();
  dirty_ = true;
  return Outcome::Ok;
}

Outcome Session::cancel() {
  scopes_.pop_back();
  return Outcome::Ok;
}

Outcome Session::exit(const Words& words) {
  bool force = words.size() == 2 && words[1] == "-F";
  if (words.size() > 2 || (words.size() == 2 && !force)) return usage("exit");
  if (force) {
    finished_ = true;
    return Outcome::Ok;
  }
  // Inside a resource not yet ended (zonecfg.c exit_func and cleanup, illumos-gate and the
  // Oracle Solaris 11 source alike): a terminal is asked; other input is refused and nothing is
  // kept. Quitting drops the resource, commits what was ended before it, and exits 1.
  if (!scopes_.empty()) {
    if (!call_.input.is_terminal()) {
      finished_ = true;
      return refuse(
          "Resource incomplete, input not from terminal and -F not specified:\n"
          "exit command ignored, but exiting anyway.");
    }
    if (!confirm("Resource incomplete; really quit (y/[n])? ")) return Outcome::Ok;
    scopes_.clear();
    if (dirty_ && exists_ && commit({"commit"}) != Outcome::Ok &&
        !confirm("Configuration not saved; really quit (y/[n])? "))
      return Outcome::Failed;
    finished_ = true;
    return Outcome::Failed;
  }
  if (dirty_ && exists_) {
    Outcome outcome = commit({"commit"});
    if (outcome != Outcome::Ok) {
      finished_ = !call_.input.is_terminal() || confirm("Configuration not saved; really quit (y/[n])? ");
      return outcome;
    }
  }
  finished_ = true;
  return Outcome::Ok;
}

}  // namespace kzsim::zones::zonecfg
