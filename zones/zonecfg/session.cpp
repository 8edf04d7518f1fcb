#include "zones/zonecfg/session.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "core/shell/paths.hpp"
#include "zones/host.hpp"
#include "zones/zonecfg/config_diff.hpp"
#include "zones/zonecfg/config_text.hpp"
#include "zones/zonecfg/resource_specs.hpp"
#include "zones/zonecfg/templates.hpp"

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
  static const std::vector<std::string_view> names = {"create", "select", "commit", "verify", "revert",
                                                       "reload", "delete", "export"};
  return std::find(names.begin(), names.end(), command) != names.end();
}

bool has_flag(const Words& words, std::string_view flag) { return std::find(words.begin() + 1, words.end(), flag) != words.end(); }

// "id=0" -> {id, 0}; a bare number selects by id (`select anet 0`).
std::optional<std::pair<std::string, std::string>> parse_filter(std::string_view word) {
  auto equals = word.find('=');
  if (equals == std::string_view::npos) {
    if (!word.empty() && word.find_first_not_of("0123456789") == std::string_view::npos) return {{"id", std::string(word)}};
    return std::nullopt;
  }
  return {{std::string(word.substr(0, equals)), std::string(word.substr(equals + 1))}};
}

bool matches(const Resource& resource, const std::vector<std::pair<std::string, std::string>>& filters) {
  return std::all_of(filters.begin(), filters.end(), [&](const auto& filter) {
    const PropertyValue* value = resource.find(filter.first);
    if (value == nullptr) return false;
    if (value->is_list) return std::find(value->items.begin(), value->items.end(), filter.second) != value->items.end();
    return value->text == filter.second;
  });
}

std::vector<std::string> list_items(std::string_view value) {
  if (value.starts_with('[') && value.ends_with(']')) value = value.substr(1, value.size() - 2);
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= value.size()) {
    auto comma = value.find(',', start);
    auto item = value.substr(start, comma - start);
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return items;
}

bool is_yes(const std::optional<std::string>& answer) {
  return answer && !answer->empty() && ((*answer)[0] == 'y' || (*answer)[0] == 'Y');
}

}  // namespace

Session::Session(Host& host, std::string zonename, bool live, HostFacts facts, shell::Invocation& call)
    : host_(host), zonename_(std::move(zonename)), live_(live), facts_(std::move(facts)), call_(call) {
  const Zone* zone = host_.find_zone(zonename_);
  if (live_) {
    if (zone == nullptr) {
      refuse(fmt::format("{}: No such zone configured", zonename_));
      usable_ = false;
      return;
    }
    if (zone->state != ZoneState::Running) {
      refuse(fmt::format("zonecfg: {}: live mode (-r) is available only for a running zone; the zone is {}", zonename_,
                         state_name(zone->state)));
      usable_ = false;
      return;
    }
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
      {"quit", [](Session& s, const Words& w) { return s.exit(w); }},
  };
  auto handler = handlers.find(words.front());
  if (handler == handlers.end())
    return refuse(fmt::format("{}: unknown zonecfg subcommand; expected add, cancel, clear, commit, create, delete, end, "
                              "exit, export, info, reload, remove, revert, select, set or verify",
                              words.front()),
                  Outcome::SyntaxError);
  if (!scopes_.empty() && global_only(words.front()))
    return refuse(fmt::format("The {} command only makes sense in the global scope.", words.front()));
  if (scopes_.empty() && (words.front() == "end" || words.front() == "cancel"))
    return refuse(fmt::format("The {} command only makes sense in the resource scope.", words.front()));
  return handler->second(*this, words);
}

Outcome Session::finish() { return finished_ ? Outcome::Ok : exit({"exit"}); }

// ---- create -------------------------------------------------------------------------------

Outcome Session::create(const Words& words) {
  bool force = false;
  Base base{Base::Template, std::string(kDefaultTemplate)};
  bool explicit_base = false;
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "-F") {
      force = true;
    } else if (words[i] == "-b" && !explicit_base) {
      base = {Base::Blank, ""};
      explicit_base = true;
    } else if ((words[i] == "-t" || words[i] == "-a") && i + 1 < words.size() && !explicit_base) {
      base = {words[i] == "-t" ? Base::Template : Base::Archive, words[i + 1]};
      explicit_base = true;
      ++i;
    } else {
      return usage("create");
    }
  }
  const Zone* zone = host_.find_zone(zonename_);
  if (zone != nullptr && zone->state != ZoneState::Configured && zone->state != ZoneState::Incomplete)
    return refuse(fmt::format("Zone {} already installed; create not allowed.", zonename_));
  if (exists_ && !force) {
    if (!call_.input.is_terminal()) {
      finished_ = true;
      return refuse("Zone exists, input not from terminal and -F not specified:\ncreate command ignored, exiting.");
    }
    if (!confirm(fmt::format("Zone {} already exists; create anyway (y/[n])? ", zonename_))) return Outcome::Ok;
  } else if (exists_) {
    call_.err(fmt::format("Zone {} already exists; overwriting.\n", zonename_));
  }
  if (!explicit_base) call_.out(fmt::format("create: Using system default template '{}'\n", kDefaultTemplate));
  ZoneConfig before = config_;
  bool existed = exists_;
  Outcome outcome = load_base(base);
  if (outcome != Outcome::Ok) {
    config_ = before;
    exists_ = existed;
    return outcome;
  }
  exists_ = true;
  dirty_ = true;
  return Outcome::Ok;
}

Outcome Session::load_base(const Base& base) {
  scopes_.clear();
  config_ = ZoneConfig{};
  config_.brand = "solaris";
  exists_ = true;
  if (base.kind == Base::Blank) return Outcome::Ok;
  if (base.kind == Base::Archive) {
    std::string path = shell::resolve_path(call_.caller.user, base.name);
    auto text = host_.files.read(path);
    if (!text) return refuse(fmt::format("create: could not read archive {}: No such file", path));
    auto begin = text->find("-----BEGIN CONFIGURATION-----\n");
    auto end = text->find("-----END CONFIGURATION-----");
    if (begin == std::string::npos || end == std::string::npos || end < begin)
      return refuse(fmt::format("create: {} is not a Unified Archive with a zone configuration", path));
    begin += std::string_view("-----BEGIN CONFIGURATION-----\n").size();
    return apply_commands(text->substr(begin, end - begin), path);
  }
  const std::string& name = base.name;
  if (const ZoneTemplate* zone_template = find_template(name)) {
    Outcome outcome = apply_commands(template_commands(*zone_template, zonename_), zone_template->name);
    if (outcome == Outcome::Ok && config_.brand == "solaris-kz") {
      SeededRandom draw = host_.rng.fork("hostid/" + zonename_);
      config_.set("hostid", fmt::format("0x{:08x}", draw.next() & 0xffffffffULL));
    }
    return outcome;
  }
  if (const Zone* other = host_.find_zone(name); other != nullptr && name != zonename_) {
    config_ = other->config;
    rename_paths(config_, name, zonename_);
    if (config_.get("hostid")) {
      SeededRandom draw = host_.rng.fork("hostid/" + zonename_);
      config_.set("hostid", fmt::format("0x{:08x}", draw.next() & 0xffffffffULL));
    }
    return Outcome::Ok;
  }
  std::vector<std::string> names;
  for (const auto& known : zone_templates()) names.emplace_back(known.name);
  return refuse(fmt::format("create: {}: No such template or zone configured; expected one of {} or the name of a "
                            "configured zone",
                            name, fmt::join(names, ", ")));
}

Outcome Session::apply_commands(const std::string& commands, std::string_view origin) {
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < commands.size()) {
    auto end = commands.find('\n', start);
    std::string_view line(commands.data() + start, (end == std::string::npos ? commands.size() : end) - start);
    start = end == std::string::npos ? commands.size() : end + 1;
    ++line_number;
    SplitLine split = split_line(line);
    if (!split.error.empty()) return refuse(fmt::format("{}: line {}: {}", origin, line_number, split.error));
    for (const Words& words : split.subcommands) {
      if (words.front() == "create") continue;  // the base is already blank
      if (run(words) != Outcome::Ok) return refuse(fmt::format("{}: failed on line {}", origin, line_number));
    }
  }
  return Outcome::Ok;
}

void Session::rename_paths(ZoneConfig& config, std::string_view from, std::string_view to) const {
  std::string old_part = fmt::format("/zones/{}/", from);
  std::string new_part = fmt::format("/zones/{}/", to);
  for (Resource& resource : config.resources) {
    for (auto& [name, value] : resource.properties) {
      if (name != "storage" && name != "path") continue;
      if (auto at = value.text.find(old_part); at != std::string::npos) value.text.replace(at, old_part.size(), new_part);
    }
  }
}

// ---- set, clear, add, select, remove ----------------------------------------------------------

Outcome Session::change(const std::function<Outcome()>& mutate) {
  ZoneConfig config_before = config_;
  std::vector<Scope> scopes_before = scopes_;
  std::vector<std::string> before = change_problems(effective());
  Outcome outcome = mutate();
  if (outcome != Outcome::Ok) {
    config_ = config_before;
    scopes_ = scopes_before;
    return outcome;
  }
  for (const std::string& problem : change_problems(effective())) {
    if (std::find(before.begin(), before.end(), problem) == before.end()) {
      config_ = config_before;
      scopes_ = scopes_before;
      return refuse(problem);
    }
  }
  dirty_ = true;
  return Outcome::Ok;
}

Outcome Session::set_property(Resource& resource, std::string_view type, std::string_view name, std::string_view value) {
  const BrandSpec* brand = find_brand(config_.brand);
  const ResourceSpec* spec = brand ? brand->resource(type) : nullptr;
  const PropertySpec* property = spec ? spec->property(name) : nullptr;
  if (property == nullptr)
    return unknown_property(name, type);
  if (property->list) {
    std::vector<std::string> items = list_items(value);
    for (const auto& item : items) {
      Checked checked = check_value(facts_, type, name, item);
      if (!checked.ok()) return refuse(checked.error);
    }
    resource.clear(name);
    resource.properties.emplace_back(std::string(name), PropertyValue{"", items, true});
    return Outcome::Ok;
  }
  Checked checked = check_value(facts_, type, name, value);
  if (!checked.ok()) return refuse(checked.error);
  resource.clear(property->name);
  for (std::string_view alias : property->aliases) resource.clear(alias);
  resource.set(name, checked.value);
  return Outcome::Ok;
}

Outcome Session::set(const Words& words) {
  if (words.size() < 2) return usage("set");
  std::string assignment;
  for (std::size_t i = 1; i < words.size(); ++i) assignment += words[i];
  auto equals = assignment.find('=');
  if (equals == std::string::npos || equals == 0) return usage("set");
  std::string name = assignment.substr(0, equals);
  std::string value = assignment.substr(equals + 1);
  if (!needs_config()) return Outcome::Failed;
  if (!scopes_.empty()) return change([&] { return set_property(scopes_.back().resource, scopes_.back().resource.type, name, value); });

  if (auto colon = name.find(':'); colon != std::string::npos) {
    std::string type = name.substr(0, colon);
    const BrandSpec* brand = find_brand(config_.brand);
    const ResourceSpec* spec = brand ? brand->resource(type) : nullptr;
    if (spec == nullptr || !spec->singleton)
      return refuse(fmt::format("{}: expected <resource>:<property> with a resource that exists at most once "
                                "(capped-memory, virtual-cpu, dedicated-cpu, suspend, ...)",
                                name));
    return change([&] {
      Resource* resource = config_.first(type);
      if (resource == nullptr) resource = &config_.resources.emplace_back(Resource{type, {}, {}});
      return set_property(*resource, type, name.substr(colon + 1), value);
    });
  }
  if (name == "zonename") {
    if (live_) return refuse("zonename: cannot rename a zone in live mode (-r)");
    Checked checked = check_zonename(value);
    if (!checked.ok()) return refuse(checked.error);
    if (const Zone* zone = host_.find_zone(zonename_);
        zone != nullptr && zone->state != ZoneState::Configured && zone->state != ZoneState::Unavailable)
      return refuse(fmt::format("zonename: zone {} is {}; a kernel zone can be renamed only in the configured or "
                                "unavailable state",
                                zonename_, state_name(zone->state)));
    if (host_.find_zone(value) != nullptr) return refuse(fmt::format("zonename: a zone named {} already exists", value));
    pending_name_ = value;
    dirty_ = true;
    return Outcome::Ok;
  }
  if (name == "brand") {
    if (find_brand(value) == nullptr)
      return refuse(fmt::format("brand: {} is not a brand this host knows; expected solaris-kz or solaris", value));
    config_.brand = value;
    dirty_ = true;
    return Outcome::Ok;
  }
  const BrandSpec* brand = find_brand(config_.brand);
  if (brand != nullptr && brand->refuses_property(name))
    return refuse(fmt::format("{}: property not supported by brand {}", name, config_.brand));
  if (brand == nullptr || brand->global(name) == nullptr) return unknown_property(name, "");
  Checked checked = check_value(facts_, "", name, value);
  if (!checked.ok()) return refuse(checked.error);
  return change([&] {
    config_.set(name, checked.value);
    return Outcome::Ok;
  });
}

Outcome Session::clear(const Words& words) {
  if (words.size() != 2) return usage("clear");
  if (!needs_config()) return Outcome::Failed;
  const std::string& name = words[1];
  const BrandSpec* brand = find_brand(config_.brand);
  auto clear_in = [&](Resource& resource, std::string_view property_name) {
    const ResourceSpec* spec = brand ? brand->resource(resource.type) : nullptr;
    const PropertySpec* property = spec ? spec->property(property_name) : nullptr;
    if (property == nullptr)
      return unknown_property(property_name, resource.type);
    resource.clear(property->name);
    for (std::string_view alias : property->aliases) resource.clear(alias);
    return Outcome::Ok;
  };
  if (!scopes_.empty()) return change([&] { return clear_in(scopes_.back().resource, name); });
  if (auto colon = name.find(':'); colon != std::string::npos) {
    Resource* resource = config_.first(name.substr(0, colon));
    if (resource == nullptr) return refuse(fmt::format("{}: No such resource configured", name.substr(0, colon)));
    return change([&] { return clear_in(*resource, name.substr(colon + 1)); });
  }
  if (brand == nullptr || brand->global(name) == nullptr) return unknown_property(name, "");
  return change([&] {
    config_.clear(name);
    return Outcome::Ok;
  });
}

Outcome Session::add(const Words& words) {
  if (!needs_config()) return Outcome::Failed;
  const BrandSpec* brand = find_brand(config_.brand);
  if (brand == nullptr) return refuse(fmt::format("brand {} has no resources this host knows", config_.brand));
  if (!scopes_.empty()) {
    Resource& current = scopes_.back().resource;
    const ResourceSpec* spec = brand->resource(current.type);
    if (words.size() == 2 && spec != nullptr &&
        std::find(spec->children.begin(), spec->children.end(), words[1]) != spec->children.end()) {
      scopes_.push_back({Resource{words[1], {}, {}}, std::nullopt});
      return Outcome::Ok;
    }
    if (words.size() != 3) return usage("add");
    const PropertySpec* property = spec ? spec->property(words[1]) : nullptr;
    if (property == nullptr || !property->list)
      return refuse(fmt::format("{}: not a list property or nested resource of {}", words[1], current.type));
    Checked checked = check_value(facts_, current.type, words[1], words[2]);
    if (!checked.ok()) return refuse(checked.error);
    return change([&] {
      PropertyValue* list = nullptr;
      for (auto& [name, value] : current.properties)
        if (name == words[1]) list = &value;
      if (list == nullptr) list = &current.properties.emplace_back(words[1], PropertyValue{"", {}, true}).second;
      list->items.push_back(checked.value);
      return Outcome::Ok;
    });
  }
  if (words.size() != 2) return usage("add");
  const std::string& type = words[1];
  if (brand->refuses_resource(type)) return refuse(fmt::format("{}: resource type not supported by brand {}", type, config_.brand));
  const ResourceSpec* spec = brand->resource(type);
  if (spec == nullptr) return unknown_resource(type);
  bool nested = std::any_of(brand->resources.begin(), brand->resources.end(), [&](const ResourceSpec& parent) {
    return std::find(parent.children.begin(), parent.children.end(), type) != parent.children.end();
  });
  if (nested) return refuse(fmt::format("{}: this resource type exists only inside an anet or net resource", type));
  if (spec->singleton && config_.first(type) != nullptr)
    return refuse(fmt::format("add {}: a {} resource already exists; use select {} to change it", type, type, type));
  scopes_.push_back({Resource{type, {}, {}}, std::nullopt});
  return Outcome::Ok;
}

std::vector<Resource>& Session::siblings() {
  return scopes_.size() < 2 ? config_.resources : scopes_[scopes_.size() - 2].resource.children;
}

Outcome Session::select(const Words& words) {
  if (words.size() < 2) return usage("select");
  if (!needs_config()) return Outcome::Failed;
  const std::string& type = words[1];
  const BrandSpec* brand = find_brand(config_.brand);
  const ResourceSpec* spec = brand ? brand->resource(type) : nullptr;
  if (spec == nullptr) return unknown_resource(type);
  std::vector<std::pair<std::string, std::string>> filters;
  for (std::size_t i = 2; i < words.size(); ++i) {
    auto filter = parse_filter(words[i]);
    if (!filter) return usage("select");
    filters.push_back(*filter);
  }
  if (filters.empty() && !spec->singleton)
    return refuse(fmt::format("select {}: Insufficient specification; name the resource with a filter such as id=0", type));
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < config_.resources.size(); ++i)
    if (config_.resources[i].type == type && matches(config_.resources[i], filters)) found.push_back(i);
  if (found.empty()) return refuse(fmt::format("select {}: No such resource with that specification", type));
  if (found.size() > 1) return refuse(fmt::format("select {}: more than one resource matches; add a filter such as id=N", type));
  scopes_.push_back({config_.resources[found.front()], found.front()});
  return Outcome::Ok;
}

Outcome Session::remove(const Words& words) {
  if (!needs_config()) return Outcome::Failed;
  bool force = has_flag(words, "-F");
  Words rest;
  for (std::size_t i = 1; i < words.size(); ++i)
    if (words[i] != "-F") rest.push_back(words[i]);
  if (rest.empty()) return usage("remove");
  if (!scopes_.empty() && rest.size() == 2 && rest[1].find('=') == std::string::npos) {
    Resource& current = scopes_.back().resource;
    return change([&] {
      for (auto& [name, value] : current.properties) {
        if (name != rest[0] || !value.is_list) continue;
        auto item = std::find(value.items.begin(), value.items.end(), rest[1]);
        if (item == value.items.end()) break;
        value.items.erase(item);
        return Outcome::Ok;
      }
      return refuse(fmt::format("remove {}: {} is not in the list", rest[0], rest[1]));
    });
  }
  std::vector<Resource>& resources = scopes_.empty() ? config_.resources : scopes_.back().resource.children;
  const std::string& type = rest[0];
  std::vector<std::pair<std::string, std::string>> filters;
  for (std::size_t i = 1; i < rest.size(); ++i) {
    auto filter = parse_filter(rest[i]);
    if (!filter) return usage("remove");
    filters.push_back(*filter);
  }
  auto count = std::count_if(resources.begin(), resources.end(),
                             [&](const Resource& r) { return r.type == type && matches(r, filters); });
  if (count == 0) return refuse(fmt::format("remove {}: No such resource with that specification", type));
  if (count > 1 && !force)
    return refuse(fmt::format("remove {}: {} resources match; give a filter such as id=N or use remove -F {}", type, count, type));
  return change([&] {
    std::erase_if(resources, [&](const Resource& r) { return r.type == type && matches(r, filters); });
    return Outcome::Ok;
  });
}

// ---- info and export ----------------------------------------------------------------------------

Outcome Session::info(const Words& words) {
  if (!needs_config()) return Outcome::Failed;
  const BrandSpec* brand = find_brand(config_.brand);
  if (!scopes_.empty()) {
    const Resource& current = scopes_.back().resource;
    if (words.size() == 1) {
      call_.out(info_resource(config_.brand, current));
      return Outcome::Ok;
    }
    std::string out;
    for (std::size_t i = 0; i < current.children.size(); ++i) {
      const Resource& child = current.children[i];
      auto index = std::count_if(current.children.begin(), current.children.begin() + i,
                                 [&](const Resource& other) { return other.type == child.type; });
      if (child.type == words[1]) out += info_resource(config_.brand, child, 1, static_cast<std::size_t>(index));
    }
    for (std::size_t i = 1; i < words.size(); ++i)
      if (const PropertyValue* value = current.find(words[i]); value != nullptr && !value->is_list)
        out += fmt::format("{}: {}\n", words[i], value->text);
    call_.out(out);
    return Outcome::Ok;
  }
  if (words.size() == 1) {
    call_.out(info_config(config_, pending_name_.empty() ? zonename_ : pending_name_));
    return Outcome::Ok;
  }
  const ResourceSpec* spec = brand ? brand->resource(words[1]) : nullptr;
  if (spec != nullptr) {
    std::vector<std::pair<std::string, std::string>> filters;
    for (std::size_t i = 2; i < words.size(); ++i) {
      auto filter = parse_filter(words[i]);
      if (!filter) return usage("info");
      filters.push_back(*filter);
    }
    std::string out;
    for (const Resource& resource : config_.resources)
      if (resource.type == words[1] && matches(resource, filters)) out += info_resource(config_.brand, resource);
    call_.out(out);
    return Outcome::Ok;
  }
  std::vector<std::string> names(words.begin() + 1, words.end());
  for (const auto& name : names)
    if (name != "zonename" && name != "brand" && (brand == nullptr || brand->global(name) == nullptr))
      return refuse(fmt::format("info {}: No such resource or property type", name));
  call_.out(info_globals(config_, pending_name_.empty() ? zonename_ : pending_name_, names));
  return Outcome::Ok;
}

Outcome Session::export_config(const Words& words) {
  if (!(words.size() == 1 || (words.size() == 3 && words[1] == "-f"))) return usage("export");
  if (!needs_config()) return Outcome::Failed;
  std::string text = zonecfg::export_config(config_);
  if (words.size() == 1) {
    call_.out(text);
  } else {
    host_.files.write(shell::resolve_path(call_.caller.user, words[2]), text);
  }
  return Outcome::Ok;
}

// ---- verify, commit, revert, reload, delete ----------------------------------------------------

Outcome Session::verify() {
  if (!needs_config()) return Outcome::Failed;
  std::vector<std::string> problems = verify_problems(config_);
  if (find_brand(config_.brand) == nullptr) problems.push_back(fmt::format("brand: {} is not a known brand", config_.brand));
  for (const std::string& problem : problems) call_.err(problem + "\n");
  return problems.empty() ? Outcome::Ok : Outcome::Failed;
}

Outcome Session::commit(const Words& words) {
  bool dry_run = words.size() == 2 && words[1] == "-n";
  if (words.size() > 2 || (words.size() == 2 && !dry_run)) return usage("commit");
  if (dry_run && !live_) return refuse("commit -n: the dry run is available only in live mode (zonecfg -r)");
  if (!needs_config()) return Outcome::Failed;
  if (verify() != Outcome::Ok) return refuse(fmt::format("zonecfg: zone {} failed to verify; configuration not committed", zonename_));
  if (live_) {
    Zone* zone = host_.find_zone(zonename_);
    const ZoneConfig current = zone->live.value_or(zone->config);
    if (current != loaded_)
      return refuse(fmt::format("zone '{}': error: the live configuration has changed externally.\n"
                                "Trying to commit changes to externally changed live configuration\n"
                                "Please use reload to start again. Your local changes will be lost.",
                                zonename_));
    for (const std::string& line : describe_changes(current, config_)) call_.out(fmt::format("zone '{}': Checking: {}\n", zonename_, line));
    if (dry_run) return Outcome::Ok;
    call_.out(fmt::format("zone '{}': Applying the changes\n", zonename_));
    zone->live = config_;
  } else {
    Zone* zone = host_.find_zone(zonename_);
    if (zone == nullptr) {
      zone = &host_.zones[zonename_];
      zone->name = zonename_;
    }
    zone->config = config_;
    if (!pending_name_.empty()) {
      Zone renamed = std::move(*zone);
      host_.zones.erase(zonename_);
      rename_paths(renamed.config, zonename_, pending_name_);
      renamed.name = pending_name_;
      config_ = renamed.config;
      host_.zones.emplace(pending_name_, std::move(renamed));
      zonename_ = pending_name_;
      pending_name_.clear();
    }
  }
  loaded_ = config_;
  dirty_ = false;
  return Outcome::Ok;
}

Outcome Session::revert(const Words& words) {
  if (words.size() > 2 || (words.size() == 2 && words[1] != "-F")) return usage("revert");
  if (words.size() == 1 && !confirm("Are you sure you want to revert (y/[n])? ")) return Outcome::Ok;
  config_ = loaded_;
  exists_ = stored() != nullptr;
  pending_name_.clear();
  dirty_ = false;
  return Outcome::Ok;
}

Outcome Session::reload() {
  if (!confirm("Are you sure you want to reload (y/[n])? ")) return Outcome::Ok;
  if (const ZoneConfig* config = stored()) {
    config_ = loaded_ = *config;
  }
  pending_name_.clear();
  dirty_ = false;
  return Outcome::Ok;
}

Outcome Session::remove_zone(const Words& words) {
  if (words.size() > 2 || (words.size() == 2 && words[1] != "-F")) return usage("delete");
  if (live_) return refuse("delete: cannot delete a zone in live mode (-r)");
  Zone* zone = host_.find_zone(zonename_);
  if (zone == nullptr) return refuse(fmt::format("{}: No such zone configured", zonename_));
  if (zone->state != ZoneState::Configured && zone->state != ZoneState::Incomplete)
    return refuse(fmt::format("Zone {} not in configured state; delete not allowed.", zonename_));
  if (words.size() == 1 && !confirm(fmt::format("Are you sure you want to delete zone {} (y/[n])? ", zonename_)))
    return Outcome::Ok;
  host_.zones.erase(zonename_);
  exists_ = false;
  dirty_ = false;
  finished_ = true;
  return Outcome::Ok;
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
  while (!scopes_.empty())
    if (end() != Outcome::Ok) return Outcome::Failed;
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
