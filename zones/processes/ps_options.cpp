#include "zones/processes/ps_options.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

// The -o fields kzsim prints: names, headers, widths and sides as illumos ps.c's format table
// gives them (tty "TT" 7 left, fname 8), the command fields unpadded as the last column. uid is
// not among them: it prints a number, and the model keeps user names only.
constexpr PsField kFields[] = {
    {"pid", "PID", 5, false},     {"ppid", "PPID", 5, false},  {"user", "USER", 8, false},
    {"ruser", "RUSER", 8, false}, {"zone", "ZONE", 8, false},  {"zoneid", "ZONEID", 6, false},
    {"stime", "STIME", 8, false}, {"time", "TIME", 7, false},
    {"tty", "TT", 7, true},       {"c", "C", 3, false},        {"comm", "COMMAND", 0, true},
    {"args", "COMMAND", 0, true}, {"fname", "COMMAND", 8, true},
};

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

// -o FORMAT: fields split at commas and blanks; "name=header" sets the header, which runs to the
// end of the format (commas included), as ps(1) and POSIX say.
bool add_fields(const shell::Invocation& call, std::string_view format, PsOptions& options) {
  std::string_view rest = format;
  while (!rest.empty()) {
    const auto end = rest.find_first_of(", ");
    std::string_view word = rest.substr(0, end);
    std::optional<std::string> header;
    if (const auto equals = word.find('='); equals != std::string_view::npos) {
      header = std::string(rest.substr(equals + 1));
      word = word.substr(0, equals);
      rest = {};
    } else {
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    }
    if (word.empty()) continue;
    const PsField* field = ps_field(word);
    if (!field) {
      call.err(fmt::format("ps: unknown output format: -o {}\n{}", word, kPsUsage));
      return false;
    }
    options.fields.push_back({field, header.value_or(std::string(field->header))});
  }
  return true;
}

}  // namespace

const PsField* ps_field(std::string_view name) {
  const auto* found = std::ranges::find(kFields, name, &PsField::name);
  return found == std::end(kFields) ? nullptr : found;
}

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
