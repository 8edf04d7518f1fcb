#include "zones/network/anet_links.hpp"

#include "zones/network/link_properties.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>

namespace kzsim::zones {

namespace {

std::optional<int> number(const std::optional<std::string>& text) {
  int value = 0;
  if (!text || std::from_chars(text->data(), text->data() + text->size(), value).ec != std::errc{}) {
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> items_of(const Resource& resource, std::string_view property) {
  const PropertyValue* value = resource.find(property);
  if (!value) return {};
  return value->is_list ? value->items : std::vector<std::string>{value->text};
}

// Oracle's locally administered prefix 2:8:20 and three bytes drawn for this zone, anet and
// slot from the host's seeded stream, so a scenario and seed always give the same address.
std::string random_mac(const Host& host, std::string_view zone, int anet_id, int slot) {
  SeededRandom draw = host.rng.fork(fmt::format("mac {} anet {} slot {}", zone, anet_id, slot));
  const std::uint64_t bytes = draw.next();
  return fmt::format("2:8:20:{:x}:{:x}:{:x}", (bytes >> 16) & 0xff, (bytes >> 8) & 0xff, bytes & 0xff);
}

bool automatic(const std::optional<std::string>& mac) {
  return !mac || *mac == "auto" || *mac == "random" || *mac == "factory";
}

const ZoneConfig& config_of(const Zone& zone) { return zone.live ? *zone.live : zone.config; }

std::vector<const Resource*> anets_by_id(const ZoneConfig& config) {
  std::vector<const Resource*> anets;
  for (const auto& resource : config.resources) {
    if (resource.type == "anet") anets.push_back(&resource);
  }
  std::stable_sort(anets.begin(), anets.end(), [](const Resource* a, const Resource* b) {
    return number(a->get("id")).value_or(0) < number(b->get("id")).value_or(0);
  });
  return anets;
}

// lower-link=auto: the first NIC that is up, in link order (kzsim model), else the first NIC.
std::string resolve_lower_link(const Datalinks& links, const std::optional<std::string>& lower) {
  if (lower && *lower != "auto") return *lower;
  for (const auto& nic : links.physical) {
    if (nic.state == "up") return nic.name;
  }
  return links.physical.empty() ? std::string() : links.physical.front().name;
}

// Hands out virtual functions in the order zones and anets are walked.
class FunctionPool {
 public:
  explicit FunctionPool(const Datalinks& links) : links_(links) {}

  // The port giving a function to the `nth` client over `link`, or empty when none is free.
  std::string take(std::string_view link, int nth) {
    std::vector<std::string> ports{std::string(link)};
    if (const auto* aggregation = links_.find_aggregation(link)) {
      ports = aggregation->ports;
      std::rotate(ports.begin(), ports.begin() + nth % static_cast<int>(ports.size()), ports.end());
    }
    for (const auto& port : ports) {
      if (iov_effective(links_, port) == "on" && used_[port] < kVirtualFunctionsPerPort) {
        ++used_[port];
        return port;
      }
    }
    return {};
  }

 private:
  const Datalinks& links_;
  std::map<std::string, int> used_;
};

class AnetWalk {
 public:
  AnetWalk(const Host& host, const Datalinks& links) : host_(host), links_(links), pool_(links) {}

  std::vector<AnetLink> zone(const Zone& zone) {
    std::vector<AnetLink> found;
    int functions = 0;
    for (const Resource* anet : anets_by_id(config_of(zone))) {
      AnetLink link = describe(zone, *anet, static_cast<int>(found.size()));
      if (link.iov != "off") link.vf_port = pool_.take(link.over, clients_[link.over]);
      ++clients_[link.over];
      if (!link.vf_port.empty()) {
        link.vf_device = fmt::format("{}vf{}", links_.find_physical(link.vf_port)->driver(), functions++);
      }
      found.push_back(std::move(link));
    }
    return found;
  }

 private:
  AnetLink describe(const Zone& zone, const Resource& anet, int guest_index) const {
    AnetLink link;
    link.zone = zone.name;
    link.anet_id = number(anet.get("id")).value_or(guest_index);
    link.guest_index = guest_index;
    link.host_name = fmt::format("{}/net{}", zone.name, link.anet_id);
    link.over = resolve_lower_link(links_, anet.get("lower-link"));
    link.state = links_.state(link.over);
    const auto mac = anet.get("mac-address");
    link.mac = automatic(mac) ? random_mac(host_, zone.name, link.anet_id, 0) : *mac;
    link.mac_type = automatic(mac) ? "random" : "fixed";
    link.pvid = number(anet.get("vlan-id"));
    link.iov = anet.get("iov").value_or("off");
    link.pkey = anet.get("pkey").value_or("");
    link.linkmode = anet.get("linkmode").value_or("");
    if (!link.pkey.empty()) link.media = "Infiniband";
    for (const auto& child : anet.children) {
      if (child.type == "mac") add_mac(link, child);
      if (child.type == "vlan") {
        if (auto vid = number(child.get("vlan-id"))) link.extra_vids.push_back(*vid);
        for (auto& range : items_of(child, "allowed-vlan-ids")) link.allowed_vids.push_back(std::move(range));
      }
    }
    return link;
  }

  // A mac resource takes a slot unless it only allows addresses the guest picks itself.
  void add_mac(AnetLink& link, const Resource& mac) const {
    auto prefixes = items_of(mac, "allowed-mac-address");
    link.allowed_mac_prefixes.insert(link.allowed_mac_prefixes.end(), prefixes.begin(), prefixes.end());
    const auto address = mac.get("mac-address");
    if (!address && !prefixes.empty()) return;
    const int slot = static_cast<int>(link.extra_macs.size()) + 1;
    link.extra_macs.push_back(automatic(address) ? random_mac(host_, link.zone, link.anet_id, slot) : *address);
  }

  const Host& host_;
  const Datalinks& links_;
  FunctionPool pool_;
  std::map<std::string, int> clients_;  // VNICs placed over each lower link so far
};

bool running(const Zone& zone) { return zone.state == ZoneState::Running; }

}  // namespace

std::vector<AnetLink> anet_links(const Host& host, const Datalinks& links) {
  AnetWalk walk(host, links);
  std::vector<AnetLink> all;
  for (const auto& [name, zone] : host.zones) {
    if (!running(zone)) continue;
    for (auto& link : walk.zone(zone)) all.push_back(std::move(link));
  }
  return all;
}

// The other running zones take their functions first; only a shortage shows the difference.
std::vector<AnetLink> zone_anet_links(const Host& host, const Datalinks& links, const Zone& zone) {
  AnetWalk walk(host, links);
  for (const auto& [name, other] : host.zones) {
    if (name != zone.name && running(other)) walk.zone(other);
  }
  return walk.zone(zone);
}

}  // namespace kzsim::zones
