// coreadm in the global zone: core file name patterns and which core dumps are made, including
// the kernel zone core dumps the guide (ch.7 "Kernel Zone Core Dumps") says to enable here so that
// a kernel zone that crashes before it can dump inside itself still leaves a core. The listing
// is Oracle Solaris 11.4's (kernel zone lines included); -k is coreadm(8)'s kernel zone pattern
// option, "kzone" its -e/-d name (INFERRED). Settings persist in the host's /etc/coreadm.conf.
// Changing them needs the Maintenance and Repair profile (through pfexec), as coreadm(8) says.
//   coreadm [-g pattern] [-k pattern] [-i pattern] [-G content] [-I content] [-e|-d option]...
// coreadm --json (kzsim) prints the listing as one object keyed by its labels as a listing's
// columns are keyed (zones/host_commands/listing.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <sstream>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/rights.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage =
    "usage: coreadm [-g pattern] [-G content] [-i pattern] [-I content] [-k pattern]\n"
    "               [-d option]... [-e option]...\n"
    "       options: global, kzone, process, global-setid, proc-setid, log\n";
constexpr std::string_view kConf = "/etc/coreadm.conf";
constexpr std::string_view kProfile = "Maintenance and Repair";

// Every setting as "name=value" in /etc/coreadm.conf, listed in the order coreadm prints them.
struct Setting {
  std::string_view name;   // in the file and, for switches, the -e/-d option
  std::string_view label;  // in the listing
  std::string_view fallback;
  char option;  // the option that sets a pattern or content; 0 for switches
};

constexpr std::array<Setting, 11> kSettings{{
    {"global-pattern", "global core file pattern", "", 'g'},
    {"kzone-pattern", "kernel zone core file pattern", "", 'k'},
    {"init-pattern", "init core file pattern", "core", 'i'},
    {"global-content", "global core file content", "default", 'G'},
    {"init-content", "init core file content", "default", 'I'},
    {"global", "global core dumps", "disabled", 0},
    {"kzone", "kernel zone core dumps", "disabled", 0},
    {"process", "per-process core dumps", "enabled", 0},
    {"global-setid", "global setid core dumps", "disabled", 0},
    {"proc-setid", "per-process setid core dumps", "disabled", 0},
    {"log", "global core dump logging", "disabled", 0},
}};

constexpr std::array<std::string_view, 13> kContentTokens{"anon", "ctf",   "data",   "dism", "heap",   "ism",  "rodata",
                                                          "shanon", "shfile", "shm", "stack", "symtab", "text"};

std::map<std::string, std::string, std::less<>> read_settings(const Host& host) {
  std::map<std::string, std::string, std::less<>> values;
  for (const Setting& setting : kSettings) values[std::string(setting.name)] = std::string(setting.fallback);
  std::istringstream lines(host.files.read(kConf).value_or(""));
  for (std::string line; std::getline(lines, line);)
    if (const auto equals = line.find('='); equals != std::string::npos) values[line.substr(0, equals)] = line.substr(equals + 1);
  return values;
}

// "" when `content` is default, all, none or tokens joined by '+'; else why not.
std::string content_refusal(std::string_view content) {
  if (content == "default" || content == "all" || content == "none") return {};
  std::istringstream tokens{std::string(content)};
  for (std::string token; std::getline(tokens, token, '+');)
    if (std::find(kContentTokens.begin(), kContentTokens.end(), token) == kContentTokens.end())
      return fmt::format("'{}' is not a core file content token; expected default, all, none or tokens such as "
                         "anon+data+stack joined by '+'",
                         token);
  return {};
}

const Setting* find_setting(char option, std::string_view switch_name) {
  for (const Setting& setting : kSettings)
    if ((option != 0 && setting.option == option) || (option == 0 && setting.option == 0 && setting.name == switch_name))
      return &setting;
  return nullptr;
}

int refuse(shell::Invocation& call, std::string_view why) {
  call.err(fmt::format("coreadm: {}\n{}", why, kUsage));
  return 2;
}

int run_coreadm(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  auto values = read_settings(context.host);
  const auto& args = call.args;
  if (args.size() > 1 && !runs_with_profile(context.host.accounts, call.caller, kProfile)) {
    call.err(fmt::format("coreadm: {} may not change the system-wide core file settings; expected the {} "
                         "profile (pfexec coreadm)\n",
                         call.caller.user, kProfile));
    return 1;
  }
  for (std::size_t at = 1; at < args.size(); at += 2) {
    const std::string& flag = args[at];
    if (flag.size() != 2 || flag[0] != '-' || at + 1 >= args.size())
      return refuse(call, fmt::format("'{}': expected an option with its value", flag));
    const std::string& value = args[at + 1];
    const char option = flag[1];
    if (option == 'e' || option == 'd') {
      const Setting* setting = find_setting(0, value);
      if (setting == nullptr) return refuse(call, fmt::format("-{} {}: unknown option", option, value));
      values[std::string(setting->name)] = option == 'e' ? "enabled" : "disabled";
      continue;
    }
    const Setting* setting = find_setting(option, "");
    if (setting == nullptr) return refuse(call, fmt::format("illegal option -- {}", option));
    const bool content = option == 'G' || option == 'I';
    if (content) {
      if (auto why = content_refusal(value); !why.empty()) return refuse(call, fmt::format("-{} {}: {}", option, value, why));
    } else if (option != 'i' && !value.starts_with('/')) {
      return refuse(call, fmt::format("-{} {}: expected an absolute path name pattern", option, value));
    }
    values[std::string(setting->name)] = value;
  }
  if (args.size() > 1) {
    std::string text;
    for (const Setting& setting : kSettings) text += fmt::format("{}={}\n", setting.name, values[std::string(setting.name)]);
    context.host.files.write(kConf, text);
    return 0;
  }
  std::vector<std::string> labels, listed;
  for (const Setting& setting : kSettings) {
    labels.emplace_back(setting.label);
    listed.push_back(values[std::string(setting.name)]);
  }
  if (json) {
    call.out(json_text(table_rows(labels, {listed}).front()));
    return 0;
  }
  std::string listing;
  for (std::size_t at = 0; at < labels.size(); ++at) listing += fmt::format("{:>29}: {}\n", labels[at], listed[at]);
  call.out(listing);
  return 0;
}

const bool registered = register_command("coreadm", run_coreadm);

}  // namespace

}  // namespace kzsim::zones
