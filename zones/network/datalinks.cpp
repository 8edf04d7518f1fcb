#include "zones/network/datalinks.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <set>
#include <sstream>

namespace kzsim::zones {

namespace {

template <typename Links>
auto* find_named(Links& links, std::string_view name) {
  auto it = std::find_if(links.begin(), links.end(), [&](const auto& link) { return link.name == name; });
  return it == links.end() ? nullptr : &*it;
}

std::vector<std::string> words_of(std::string_view line) {
  std::istringstream in{std::string(line)};
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

std::vector<std::string> split_commas(std::string_view text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    items.emplace_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return items;
}

// PROP=VALUE words after the fixed fields; the error names the word.
std::optional<std::map<std::string, std::string>> properties_of(const std::vector<std::string>& words,
                                                                std::size_t first, std::string& error) {
  std::map<std::string, std::string> properties;
  for (std::size_t i = first; i < words.size(); ++i) {
    const std::size_t equals = words[i].find('=');
    if (equals == 0 || equals == std::string::npos) {
      error = fmt::format("'{}' is not a link property; expected PROPERTY=VALUE", words[i]);
      return std::nullopt;
    }
    properties[words[i].substr(0, equals)] = words[i].substr(equals + 1);
  }
  return properties;
}

std::string properties_text(const std::map<std::string, std::string>& properties) {
  std::string text;
  for (const auto& [name, value] : properties) text += fmt::format(" {}={}", name, value);
  return text;
}

std::optional<PhysicalLink> physical_of(const std::vector<std::string>& words, std::string& error) {
  if (words.size() < 5) {
    error = "a NIC line needs its fields; expected 'phys LINK DEVICE SPEED-MB STATE [PROP=VALUE...]'";
    return std::nullopt;
  }
  PhysicalLink link{words[1], words[2], 0, words[4], {}};
  const auto& speed = words[3];
  if (std::from_chars(speed.data(), speed.data() + speed.size(), link.speed_mbps).ec != std::errc{} ||
      link.speed_mbps <= 0) {
    error = fmt::format("speed '{}' of {} is not a number of Mb/s; expected e.g. 10000", speed, link.name);
    return std::nullopt;
  }
  if (link.state != "up" && link.state != "down" && link.state != "unknown") {
    error = fmt::format("state '{}' of {}; expected up, down or unknown", link.state, link.name);
    return std::nullopt;
  }
  if (link.driver().empty() || link.driver().size() == link.device.size()) {
    error = fmt::format("device '{}' of {}; expected a driver name and instance, e.g. ixgbe0", link.device,
                        link.name);
    return std::nullopt;
  }
  auto properties = properties_of(words, 5, error);
  if (!properties) return std::nullopt;
  link.properties = std::move(*properties);
  return link;
}

std::optional<Aggregation> aggregation_of(const std::vector<std::string>& words, const Datalinks& links,
                                          std::string& error) {
  if (words.size() < 4) {
    error = "an aggregation line needs its fields; expected 'aggr NAME dlmp|trunk PORT,PORT [PROP=VALUE...]'";
    return std::nullopt;
  }
  Aggregation aggregation{words[1], words[2], split_commas(words[3]), {}};
  if (aggregation.mode != "dlmp" && aggregation.mode != "trunk") {
    error = fmt::format("mode '{}' of {}; expected dlmp or trunk", aggregation.mode, aggregation.name);
    return std::nullopt;
  }
  for (const auto& port : aggregation.ports) {
    if (!links.find_physical(port)) {
      error = fmt::format("port '{}' of {} is not a NIC listed above it", port, aggregation.name);
      return std::nullopt;
    }
  }
  auto properties = properties_of(words, 4, error);
  if (!properties) return std::nullopt;
  aggregation.properties = std::move(*properties);
  return aggregation;
}

}  // namespace

std::string PhysicalLink::driver() const {
  const std::size_t end = device.find_last_not_of("0123456789");
  return end == std::string::npos ? std::string() : device.substr(0, end + 1);
}

const PhysicalLink* Datalinks::find_physical(std::string_view name) const { return find_named(physical, name); }
PhysicalLink* Datalinks::find_physical(std::string_view name) { return find_named(physical, name); }
const Aggregation* Datalinks::find_aggregation(std::string_view name) const { return find_named(aggregations, name); }
Aggregation* Datalinks::find_aggregation(std::string_view name) { return find_named(aggregations, name); }

std::string Datalinks::state(std::string_view link) const {
  if (const auto* nic = find_physical(link)) return nic->state;
  const auto* aggregation = find_aggregation(link);
  if (!aggregation) return "unknown";
  const bool up = std::any_of(aggregation->ports.begin(), aggregation->ports.end(),
                              [&](const std::string& port) { return state(port) == "up"; });
  return up ? "up" : "down";
}

int Datalinks::speed_mbps(std::string_view link) const {
  if (const auto* nic = find_physical(link)) return nic->speed_mbps;
  int fastest = 0;
  if (const auto* aggregation = find_aggregation(link)) {
    for (const auto& port : aggregation->ports) fastest = std::max(fastest, speed_mbps(port));
  }
  return fastest;
}

// kzsim model: the reference SPARC servers (T5-2, T7-2, S7-2) have four onboard 10GbE ports and
// the guide's hosts use net0-net4, so a SPARC host has those plus a quad-port 10GbE card; an x86
// host has four onboard 10GbE ports. All are Intel ixgbe NICs able to offer SR-IOV functions.
Datalinks default_datalinks(catalog::Arch arch) {
  const int count = arch == catalog::Arch::Sparc ? 8 : 4;
  Datalinks links;
  for (int i = 0; i < count; ++i) {
    links.physical.push_back({fmt::format("net{}", i), fmt::format("ixgbe{}", i), 10000, "up", {}});
  }
  return links;
}

DatalinksResult parse_datalinks(std::string_view text) {
  Datalinks links;
  std::set<std::string> names;
  int line_number = 0;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    const auto words = words_of(line.substr(0, line.find('#')));
    if (words.empty()) continue;
    std::string error;
    if (words[0] == "phys") {
      if (auto link = physical_of(words, error)) links.physical.push_back(std::move(*link));
    } else if (words[0] == "aggr") {
      if (auto aggregation = aggregation_of(words, links, error)) links.aggregations.push_back(std::move(*aggregation));
    } else {
      error = fmt::format("'{}' begins no datalink; expected phys or aggr", words[0]);
    }
    if (error.empty() && words.size() > 1 && !names.insert(words[1]).second) {
      error = fmt::format("link {} is named twice; expected each name once", words[1]);
    }
    if (!error.empty()) return {std::nullopt, fmt::format("{}:{}: {}", kDatalinkConf, line_number, error)};
  }
  return {std::move(links), {}};
}

std::string datalinks_text(const Datalinks& links) {
  std::string text = "# kzsim datalink.conf: phys LINK DEVICE SPEED-MB STATE [PROP=VALUE...]\n"
                     "#                       aggr NAME dlmp|trunk PORT,PORT [PROP=VALUE...]\n";
  for (const auto& nic : links.physical) {
    text += fmt::format("phys {} {} {} {}{}\n", nic.name, nic.device, nic.speed_mbps, nic.state,
                        properties_text(nic.properties));
  }
  for (const auto& aggregation : links.aggregations) {
    text += fmt::format("aggr {} {} {}{}\n", aggregation.name, aggregation.mode,
                        fmt::join(aggregation.ports, ","), properties_text(aggregation.properties));
  }
  return text;
}

DatalinksResult load_datalinks(const Host& host) {
  const auto text = host.files.read(kDatalinkConf);
  if (!text) return {default_datalinks(host.arch()), {}};
  return parse_datalinks(*text);
}

void save_datalinks(Host& host, const Datalinks& links) { host.files.write(kDatalinkConf, datalinks_text(links)); }

}  // namespace kzsim::zones
