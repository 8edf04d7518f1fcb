#include "core/scenario/references.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace kzsim::scenario {

void References::add_link(std::pair<std::string, std::string> hosts) {
  links_listed_ = true;
  links_.insert({hosts.second, hosts.first});
  links_.insert(std::move(hosts));
}

bool References::has_user(const std::string& host, const std::string& user) const {
  return user == "root" || users_.count({host, user}) > 0;
}

const std::string& References::check_host(const std::string& name, const std::string& path,
                                          const SourceLocation& where) const {
  if (std::find(hosts_.begin(), hosts_.end(), name) == hosts_.end())
    throw InputError(
        fmt::format("{}: unknown host '{}'; expected one of: {}", path, name, fmt::join(hosts_, ", ")),
        where);
  return name;
}

std::string References::host(const Field& field) const {
  return check_host(field.text(), field.path(), field.where());
}

std::string References::host_key(const Field& field) const {
  return check_host(field.key(), field.path(), field.key_where());
}

std::string References::user(const Field& field, const std::string& host) const {
  std::string name = field.text();
  if (!has_user(host, name))
    throw InputError(fmt::format("{}: unknown user '{}' on host '{}'; expected root or a user "
                                 "listed in users with host {}",
                                 field.path(), name, host, host),
                     field.where());
  return name;
}

std::string References::uri(const Field& field) const {
  std::string uri = field.text();
  if (!has_uri(uri))
    throw InputError(fmt::format("{}: unknown storage uri '{}'; expected a uri listed in storage",
                                 field.path(), uri),
                     field.where());
  return uri;
}

std::pair<std::string, std::string> References::host_pair(const Field& field) const {
  std::vector<Field> items = field.items();
  if (items.size() != 2) field.refuse("a list of two hosts");
  std::pair<std::string, std::string> pair{host(items[0]), host(items[1])};
  if (pair.first == pair.second) field.refuse("two different hosts");
  return pair;
}

std::pair<std::string, std::string> References::linked_pair(const Field& field) const {
  auto pair = host_pair(field);
  if (links_listed_ && links_.count(pair) == 0)
    throw InputError(fmt::format("{}: no link between {} and {}; expected a pair listed in "
                                 "network.links",
                                 field.path(), pair.first, pair.second),
                     field.where());
  return pair;
}

}  // namespace kzsim::scenario
