#pragma once
// The names a scenario declares (hosts, users, storage URIs, links) and the checks of every
// place that refers to one of them.
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/scenario/yaml_field.hpp"

namespace kzsim::scenario {

class References {
 public:
  void add_host(std::string name) { hosts_.push_back(std::move(name)); }
  void add_user(const std::string& host, const std::string& user) { users_.insert({host, user}); }
  void add_uri(std::string uri) { uris_.insert(std::move(uri)); }
  // Called once network.links is given; without it every pair of hosts is linked.
  void add_link(std::pair<std::string, std::string> hosts);

  const std::string& first_host() const { return hosts_.front(); }
  bool has_uri(const std::string& uri) const { return uris_.count(uri) > 0; }
  bool has_user(const std::string& host, const std::string& user) const;

  // Each returns the checked value or refuses at the field.
  std::string host(const Field& field) const;
  std::string host_key(const Field& field) const;  // a map key naming a host
  std::string user(const Field& field, const std::string& host) const;
  std::string uri(const Field& field) const;
  std::pair<std::string, std::string> host_pair(const Field& field) const;  // two distinct hosts
  std::pair<std::string, std::string> linked_pair(const Field& field) const;

 private:
  const std::string& check_host(const std::string& name, const std::string& path,
                                const SourceLocation& where) const;

  std::vector<std::string> hosts_;  // in file order
  std::set<std::pair<std::string, std::string>> users_;
  std::set<std::string> uris_;
  std::set<std::pair<std::string, std::string>> links_;  // each pair in both orders
  bool links_listed_ = false;
};

}  // namespace kzsim::scenario
