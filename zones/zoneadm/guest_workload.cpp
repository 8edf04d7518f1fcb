#include "zones/zoneadm/guest_workload.hpp"

#include <charconv>
#include <sstream>

#include <fmt/format.h>

namespace kzsim::zones {

namespace {

std::optional<int> parse_cpu(std::string_view text) {
  int value = -1;
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (status != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

// "12-15,2" -> {2, 12, 13, 14, 15}
std::optional<std::set<int>> parse_cpu_list(const std::string& text) {
  std::set<int> cpus;
  std::istringstream items(text);
  for (std::string item; std::getline(items, item, ',');) {
    const auto dash = item.find('-');
    const auto first = parse_cpu(std::string_view(item).substr(0, dash));
    const auto last = dash == std::string::npos ? first : parse_cpu(std::string_view(item).substr(dash + 1));
    if (!first || !last || *last < *first) return std::nullopt;
    for (int cpu = *first; cpu <= *last; ++cpu) cpus.insert(cpu);
  }
  return cpus;
}

}  // namespace

std::string guest_workload_path(std::string_view zone) { return fmt::format("/system/volatile/zones/{}/workload", zone); }

std::optional<GuestWorkload> guest_workload(const Host& host, std::string_view zone, std::string& error) {
  GuestWorkload workload;
  const std::string path = guest_workload_path(zone);
  const auto text = host.files.read(path);
  if (!text) return workload;
  std::istringstream lines(*text);
  int number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const auto colon = line.find(": ");
    const std::string key = line.substr(0, colon);
    const std::string value = colon == std::string::npos ? "" : line.substr(colon + 2);
    if (key == "pinned-cpus") {
      auto cpus = parse_cpu_list(value);
      if (cpus) {
        workload.pinned_cpus = *cpus;
        continue;
      }
    } else if (key == "memory-in-use") {
      workload.memory_in_use = parse_size(value);
      if (workload.memory_in_use) continue;
    }
    error = fmt::format("{}:{}: '{}': expected 'pinned-cpus: ID[-ID],...' or 'memory-in-use: SIZE'\n", path, number,
                        line);
    return std::nullopt;
  }
  return workload;
}

}  // namespace kzsim::zones
