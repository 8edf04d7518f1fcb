#include "core/scenario/load.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <iterator>

#include "core/scenario/load_steps.hpp"
#include "core/scenario/references.hpp"
#include "core/scenario/yaml_field.hpp"

namespace kzsim::scenario {

namespace {

Located<std::string> located_text(const Field& field) { return {field.text(), field.where()}; }

std::map<std::string, Located<std::string>> located_texts(const Field& map) {
  std::map<std::string, Located<std::string>> result;
  for (const Field& field : map.entries()) result[field.key()] = located_text(field);
  return result;
}

HostSpec load_host(const Field& host) {
  HostSpec spec;
  spec.name = host.key();
  spec.where = host.key_where();
  auto fields = host.entries({"machine", "firmware", "bios", "microcode", "os", "memory", "cores",
                              "virtualization", "packages", "services"});
  spec.machine = located_text(require(fields, "machine", host));
  for (const Field& field : fields) {
    const std::string& key = field.key();
    if (key == "firmware") spec.firmware = located_text(field);
    else if (key == "microcode")
      spec.microcode = {field.one_of({"compatible", "incompatible"}), field.where()};
    else if (key == "os") spec.os = located_text(field);
    else if (key == "memory") spec.memory = {field.size(), field.where()};
    else if (key == "cores") spec.cores = {field.integer(1, 65536), field.where()};
    else if (key == "virtualization") spec.virtualization = located_text(field);
    else if (key == "packages") spec.packages = located_texts(field);
    else if (key == "services") spec.services = located_texts(field);
    else if (key == "bios")
      for (const Field& flag : field.entries({"vt-x", "svm", "ept", "npt", "rvi", "nx"}))
        spec.bios[flag.key()] = {flag.boolean(), flag.where()};
  }
  return spec;
}

StorageSpec load_storage(const Field& item, const References& names) {
  auto fields = item.entries({"uri", "size", "reachable-from"});
  StorageSpec spec;
  spec.uri = located_text(require(fields, "uri", item));
  if (const Field* size = find(fields, "size")) spec.size = Located<Bytes>{size->size(), size->where()};
  if (const Field* hosts = find(fields, "reachable-from")) {
    spec.reachable_from.emplace();
    for (const Field& host : hosts->items())
      spec.reachable_from->push_back({names.host(host), host.where()});
  }
  return spec;
}

LinkSpec load_link(const Field& item, const References& names) {
  auto fields = item.entries({"between", "bandwidth", "latency"});
  LinkSpec link;
  link.where = item.where();
  link.between = names.host_pair(require(fields, "between", item));
  if (const Field* bandwidth = find(fields, "bandwidth")) link.bandwidth_bits = bandwidth->bandwidth();
  if (const Field* latency = find(fields, "latency")) link.latency = latency->duration();
  return link;
}

NetworkSpec load_network(const Field& network, References& names) {
  NetworkSpec spec;
  for (const Field& field : network.entries({"links", "ssh-trust"})) {
    if (field.key() == "links") {
      spec.links.emplace();
      for (const Field& item : field.items()) spec.links->push_back(load_link(item, names));
      for (const LinkSpec& link : *spec.links) names.add_link(link.between);
    } else {
      spec.ssh_trust.emplace();
      for (const Field& pair : field.items()) spec.ssh_trust->push_back(names.host_pair(pair));
    }
  }
  return spec;
}

UserSpec load_user(const Field& item, const References& names) {
  auto fields = item.entries({"name", "host", "profiles", "auths"});
  UserSpec user;
  user.where = item.where();
  const Field& name = require(fields, "name", item);
  user.name = name.text();
  if (user.name == "root")
    throw InputError(fmt::format("{}: root exists on every host and holds every right; expected "
                                 "another user name",
                                 name.path()),
                     name.where());
  user.host = names.first_host();
  for (const Field& field : fields) {
    if (field.key() == "host") user.host = names.host(field);
    else if (field.key() == "profiles") user.profiles = field.texts();
    else if (field.key() == "auths") user.auths = field.texts();
  }
  if (names.has_user(user.host, user.name))
    throw InputError(fmt::format("{}: user '{}' is listed twice for host {}", item.path(),
                                 user.name, user.host),
                     item.where());
  return user;
}

std::map<std::string, std::string> load_files(const Field& paths) {
  std::map<std::string, std::string> result;
  for (const Field& file : paths.entries()) {
    if (!file.key().starts_with("/"))
      throw InputError(fmt::format("{}: expected an absolute path, got '{}'", file.path(),
                                   file.key()),
                       file.key_where());
    result[file.key()] = file.text();
  }
  return result;
}

void check_format(const Field& root) {
  std::vector<Field> fields = root.entries();
  const Field* format = find(fields, "format");
  if (!format)
    throw InputError("format: expected 1 (the key is missing)", root.where());
  if (!format->node().IsScalar() || format->node().Scalar() != "1") format->refuse("1");
}

std::string load_name(const Field& field) {
  static const std::regex pattern("[a-z0-9-]+");
  std::string name = field.text();
  if (!std::regex_match(name, pattern)) field.refuse("a name of a-z, 0-9 and -");
  return name;
}

}  // namespace

Scenario load_scenario_text(const std::string& text, const std::string& file_name) {
  Field root(file_name, "", YAML::Node(), parse_yaml(text, file_name));
  if (!root.node().IsMap()) root.refuse("a map with the keys format, name, hosts and steps");
  check_format(root);
  auto fields = root.entries({"format", "name", "description", "seed", "hosts", "storage",
                              "network", "users", "files", "steps"});
  Scenario scenario;
  scenario.file = file_name;
  scenario.name = load_name(require(fields, "name", root));
  if (const Field* description = find(fields, "description")) scenario.description = description->text();
  if (const Field* seed = find(fields, "seed")) scenario.seed = seed->non_negative();

  References names;
  const Field& hosts = require(fields, "hosts", root);
  for (const Field& host : hosts.entries()) {
    if (scenario.hosts.size() == kMaxHosts)
      throw InputError(fmt::format("hosts: host '{}' is one too many; expected at most {} hosts", host.key(), kMaxHosts),
                       host.key_where());
    scenario.hosts.push_back(load_host(host));
    names.add_host(host.key());
  }
  if (scenario.hosts.empty()) hosts.refuse("at least one host");

  if (const Field* storage = find(fields, "storage")) {
    for (const Field& item : storage->items()) {
      scenario.storage.push_back(load_storage(item, names));
      const std::string& uri = scenario.storage.back().uri.value;
      if (names.has_uri(uri))
        throw InputError(fmt::format("{}: storage uri '{}' is listed twice", item.path(), uri),
                         item.where());
      names.add_uri(uri);
    }
  }
  if (const Field* network = find(fields, "network")) scenario.network = load_network(*network, names);
  if (const Field* users = find(fields, "users")) {
    for (const Field& item : users->items()) {
      scenario.users.push_back(load_user(item, names));
      names.add_user(scenario.users.back().host, scenario.users.back().name);
    }
  }
  if (const Field* files = find(fields, "files"))
    for (const Field& host : files->entries()) scenario.files[names.host_key(host)] = load_files(host);
  scenario.steps = load_steps(require(fields, "steps", root), names);
  return scenario;
}

Scenario load_scenario(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path))
    throw InputError("cannot read the scenario file; expected a readable YAML file", {path});
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return load_scenario_text(text, path);
}

}  // namespace kzsim::scenario
