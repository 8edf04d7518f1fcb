#include "zones/guest/ps_options.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

// ps(1)'s -o field names kzsim prints, with their default headers.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kFields{{{"pid", "PID"},
                                                                                {"ppid", "PPID"},
                                                                                {"user", "USER"},
                                                                                {"uid", "UID"},
                                                                                {"zone", "ZONE"},
                                                                                {"stime", "STIME"},
                                                                                {"time", "TIME"},
                                                                                {"tty", "TT"},
                                                                                {"comm", "COMMAND"},
                                                                                {"args", "COMMAND"}}};

std::vector<std::string> list_items(std::string_view list) {
  std::vector<std::string> items;
  std::string item;
  for (char c : list) {
    if (c == ',' || c == ' ') {
      if (!item.empty()) items.push_back(std::move(item));
      item.clear();
    } else {
      item += c;
    }
  }
  if (!item.empty()) items.push_back(std::move(item));
  return items;
}

// -o FORMAT: "name" or "name=header"; a header runs to the end of its word (ps(1)).
bool add_fields(const shell::Invocation& call, std::string_view format, PsOptions& options) {
  for (const std::string& item : list_items(format)) {
    const auto equals = item.find('=');
    const std::string name = item.substr(0, equals);
    const auto known = std::ranges::find(kFields, name, &std::pair<std::string_view, std::string_view>::first);
    if (known == kFields.end()) {
      call.err(fmt::format("ps: unknown output format: -o {}\n{}", name, kPsUsage));
      return false;
    }
    options.fields.emplace_back(name, equals == std::string::npos ? std::string(known->second) : item.substr(equals + 1));
  }
  return true;
}

}  // namespace

std::optional<PsOptions> parse_ps_options(const shell::Invocation& call) {
  auto parsed = parse_options(call, "eAfZ", "zpo", kPsUsage);
  if (!parsed) return std::nullopt;
  if (!parsed->operands.empty()) {
    call.err(fmt::format("ps: {}: unexpected operand\n{}", parsed->operands.front(), kPsUsage));
    return std::nullopt;
  }
  PsOptions options;
  options.every = parsed->has('e') || parsed->has('A');
  options.full = parsed->has('f');
  options.zone_column = parsed->has('Z');
  // parse_options keeps the last value of an option; a list option may be repeated, so walk the words.
  for (std::size_t i = 1; i < call.args.size(); ++i) {
    const std::string& word = call.args[i];
    if (word.size() < 2 || word[0] != '-') continue;
    for (std::size_t at = 1; at < word.size(); ++at) {
      const char option = word[at];
      if (option != 'z' && option != 'p' && option != 'o') continue;
      const std::string value = at + 1 < word.size() ? word.substr(at + 1) : (i + 1 < call.args.size() ? call.args[++i] : "");
      if (option == 'z') {
        for (std::string& zone : list_items(value)) options.zones.push_back(std::move(zone));
      } else if (option == 'o') {
        if (!add_fields(call, value, options)) return std::nullopt;
      } else {
        for (const std::string& item : list_items(value)) {
          int pid = 0;
          const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), pid);
          if (error != std::errc() || end != item.data() + item.size()) {
            call.err(fmt::format("ps: {} is an invalid non-numeric argument for -p option\n{}", item, kPsUsage));
            return std::nullopt;
          }
          options.pids.push_back(pid);
        }
      }
      break;
    }
  }
  return options;
}

}  // namespace kzsim::zones
