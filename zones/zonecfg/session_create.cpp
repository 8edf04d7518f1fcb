// zonecfg create: from a template, another zone, an archive, or nothing.
#include "zones/zonecfg/session.hpp"

#include <fmt/format.h>

#include "core/shell/paths.hpp"
#include "zones/host.hpp"
#include "zones/zonecfg/templates.hpp"

namespace kzsim::zones::zonecfg {

Outcome Session::create(const Words& words) {
  bool force = false;
  Base base{Base::Template, std::string(kDefaultTemplate)};
  bool explicit_base = false;
  // -b, -t and -a each choose the base; the last one given wins, as illumos zonecfg.c's
  // create_func lets each option overwrite the template name (community.general.solaris_zone
  // sends "create -b -t TEMPLATE").
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "-F") {
      force = true;
    } else if (words[i] == "-b") {
      base = {Base::Blank, ""};
      explicit_base = true;
    } else if ((words[i] == "-t" || words[i] == "-a") && i + 1 < words.size()) {
      base = {words[i] == "-t" ? Base::Template : Base::Archive, words[i + 1]};
      explicit_base = true;
      ++i;
    } else {
      return usage("create");
    }
  }
  // As zonecfg.c's check_if_zone_already_exists (illumos-gate; the Oracle Solaris 11 source has
  // the same): the saved configuration counts, not one created earlier in this session; the
  // overwriting notice goes to standard output.
  const Zone* zone = host_.find_zone(zonename_);
  if (zone != nullptr && zone->state != ZoneState::Configured && zone->state != ZoneState::Incomplete)
    return refuse(fmt::format("Zone {} already installed; create not allowed.", zonename_));
  const bool saved = zone != nullptr;
  if (saved && !force) {
    if (!call_.input.is_terminal()) {
      finished_ = true;
      return refuse("Zone exists, input not from terminal and -F not specified:\ncreate command ignored, exiting.");
    }
    if (!confirm(fmt::format("Zone {} already exists; create anyway (y/[n])? ", zonename_))) return Outcome::Ok;
  } else if (saved) {
    call_.out(fmt::format("Zone {} already exists; overwriting.\n", zonename_));
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
    Outcome outcome = apply_commands(template_commands(*zone_template, zonename_, host_), zone_template->name);
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

}  // namespace kzsim::zones::zonecfg
