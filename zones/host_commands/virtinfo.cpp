// virtinfo: the virtualization environments of this host (virtinfo(8), Oracle Solaris 11.4);
// --json (kzsim) as rows {"name", "class"} (the -o fields). The SPARC-only domain flags
// (-a -c -d -p -s -t -u) print the logical domain's facts as virtinfo(1M) of Oracle VM Server for
// SPARC does, -p in its parsable lines.
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "core/random.hpp"
#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/host_commands/virtual_environments.hpp"
#include "zones/zone.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage =
    "usage: virtinfo [-acdpstu]\n"
    "       virtinfo [-c class[,...] | all] [list [-H] [-o field[,...]] [environment ...]]";

// virtinfo(8) 11.4 Example 1 ("$ virtinfo", Oracle Solaris 11.4 man pages section 8, e.g.
// docs.oracle.com/cd/E75432_01/html/E72378/virtinfo-8.html): NAME padded to 15, CLASS to 11,
// one space between, the padding kept at the end of every line:
//   "NAME            CLASS      " / "non-global-zone supported  " / "logical-domain  unsupported".
// -H: "separates fields by a single tab instead of arbitrary white space" (same page).
constexpr int kNameWidth = 15;
constexpr int kClassWidth = 11;

std::string listing_line(const std::vector<std::string>& cells, const std::vector<int>& widths, bool scripted) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) line += scripted ? "\t" : " ";
    line += scripted ? cells[i] : fmt::format("{:<{}}", cells[i], widths[i]);
  }
  return line + "\n";
}

// The classes -c names: "all" or a comma-separated list of current, parent, supported,
// unsupported. Empty when the word is not a class list (then -c is the control-domain flag).
std::vector<std::string> class_list(std::string_view word) {
  static const std::vector<std::string> kClasses{"current", "parent", "supported", "unsupported"};
  if (word == "all") return kClasses;
  std::vector<std::string> classes;
  std::size_t start = 0;
  while (start <= word.size()) {
    const auto end = std::min(word.find(',', start), word.size());
    const std::string name(word.substr(start, end - start));
    if (std::find(kClasses.begin(), kClasses.end(), name) == kClasses.end()) return {};
    classes.push_back(name);
    start = end + 1;
  }
  return classes;
}

// virtinfo(1M), Oracle VM Server for SPARC 2.0 Reference Manual (docs.oracle.com/cd/E22306_01/
// html/821-2939/virtinfo-1m.html): "Domain role: LDoms control I/O service root", and the
// -a lines "Domain name:", "Domain UUID:", "Control domain:", "Chassis serial#:" (GLPI agent's
// sample resources/solaris/virtinfo/sample1: "Domain UUID: 915fbcf6-..."). The control domain
// is named primary (SPARC M8/M7 Servers Administration Guide: "Is named primary"); a guest
// domain here carries its host's name. UUID and chassis serial number are kzsim's, drawn from
// the host's hostid so that they stay the same through a scenario.
struct DomainFacts {
  bool control_domain = false;
  std::string role, name, uuid, control, serial;
};

DomainFacts domain_facts(const Host& host) {
  const bool control = host.virtualization == Virtualization::BareMetal;
  SeededRandom draws = SeededRandom(host.hostid).fork("logical-domain");
  DomainFacts facts;
  facts.control_domain = control;
  facts.role = control ? "LDoms control I/O service root" : "LDoms guest";
  facts.name = control ? "primary" : host.name;
  facts.uuid = random_uuid(draws.fork("uuid"));
  facts.control = control ? host.name : "-";
  facts.serial = fmt::format("AK{:08}", draws.fork("serial").below(100000000));
  return facts;
}

// -a prints every line; the other flags their own, in this order. -p (alone: the role, as -t) prints
// them in the parsable lines of the same virtinfo(1M) page: "VERSION 1.0", then
// DOMAINROLE|impl=LDoms|control=..|io=..|service=..|root=.., DOMAINNAME|name=, DOMAINUUID|uuid=,
// DOMAINCONTROL|name=, DOMAINCHASSIS|serialno= (the lines Ansible's SunOS virtual facts read).
std::string domain_text(const Host& host, const std::set<char>& flags) {
  const DomainFacts facts = domain_facts(host);
  const bool parsable = flags.contains('p');
  const bool all = flags.contains('a');
  const bool role_only = flags == std::set<char>{'p'};
  const auto line = [&](char flag, std::string_view label, std::string_view key, const std::string& value) {
    if (!all && !flags.contains(flag) && !(role_only && flag == 't')) return std::string();
    return parsable ? fmt::format("{}|{}\n", key, value) : fmt::format("{}: {}\n", label, value);
  };
  const std::string role = parsable ? fmt::format("impl=LDoms|control={0}|io={0}|service={0}|root={0}",
                                                  facts.control_domain ? "true" : "false")
                                    : facts.role;
  std::string text = parsable ? "VERSION 1.0\n" : "";
  text += line('t', "Domain role", "DOMAINROLE", role);
  text += line('d', "Domain name", "DOMAINNAME", parsable ? "name=" + facts.name : facts.name);
  text += line('u', "Domain UUID", "DOMAINUUID", parsable ? "uuid=" + facts.uuid : facts.uuid);
  text += line('c', "Control domain", "DOMAINCONTROL", parsable ? "name=" + facts.control : facts.control);
  text += line('s', "Chassis serial#", "DOMAINCHASSIS", parsable ? "serialno=" + facts.serial : facts.serial);
  return text;
}

int run_domain_flags(CommandContext& context, const std::set<char>& flags) {
  if (context.host.arch() != catalog::Arch::Sparc) {
    // virtinfo(8) 11.4 marks these options "SPARC only"; the wording of the refusal is kzsim's.
    context.call.err("virtinfo: options -a, -c, -d, -p, -s, -t and -u are supported on SPARC only\n");
    return 1;
  }
  context.call.out(domain_text(context.host, flags));
  return 0;
}

int run_virtinfo(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  // "-c" followed by a class list chooses classes; alone (or before another flag) it is the
  // control-domain flag of the SPARC synopsis "virtinfo [-acdptsu]".
  std::vector<std::string> classes;
  std::vector<std::string> args = call.args;
  for (std::size_t i = 1; i + 1 < args.size(); ++i) {
    if (args[i] == "--") break;
    if (args[i] == "-c" && !(classes = class_list(args[i + 1])).empty()) {
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
      break;
    }
  }
  shell::Invocation without_classes = call;
  without_classes.args = args;
  auto options = parse_options(without_classes, "acdpstuH", "o", kUsage);
  if (!options) return 1;
  const std::set<char> domain_flags{'a', 'c', 'd', 'p', 's', 't', 'u'};
  std::set<char> asked;
  for (char flag : options->flags)
    if (domain_flags.contains(flag)) asked.insert(flag);
  if (!asked.empty()) return run_domain_flags(context, asked);
  auto operands = options->operands;
  if (!operands.empty() && operands.front() == "list") {
    auto listed = parse_options(without_classes, "H", "o", kUsage, args.size() - operands.size() + 1);
    if (!listed) return 1;
    options->flags.merge(listed->flags);
    options->values.merge(listed->values);
    operands = listed->operands;
  }
  const std::string fields = options->values.contains('o') ? options->values['o'] : "name,class";
  if (fields != "name,class" && fields != "class" && fields != "name") {
    call.err(fmt::format("virtinfo: invalid field list '{}': expected name, class or name,class\n", fields));
    return 1;
  }
  const bool name_column = fields != "class";
  const bool class_column = fields != "name";
  Listing rows;
  for (const auto& environment : virtual_environments(context.host)) {
    if (!classes.empty() && std::find(classes.begin(), classes.end(), environment.class_name) == classes.end())
      continue;
    if (!operands.empty() &&
        std::find(operands.begin(), operands.end(), environment.name) == operands.end())
      continue;
    ListingRow row = ListingRow::object();
    if (name_column) row["name"] = environment.name;
    if (class_column) row["class"] = environment.class_name;
    rows.push_back(std::move(row));
  }
  std::vector<int> widths;
  std::vector<std::string> header;
  if (name_column) widths.push_back(kNameWidth), header.push_back("NAME");
  if (class_column) widths.push_back(kClassWidth), header.push_back("CLASS");
  const bool scripted = options->has('H');
  print_listing(call, json, rows, [&](const Listing& listed) {
    std::string text = scripted ? "" : listing_line(header, widths, false);
    for (const ListingRow& row : listed) text += listing_line(cell_texts(row), widths, scripted);
    return text;
  });
  return 0;
}

const bool registered = register_command("virtinfo", run_virtinfo);

}  // namespace

}  // namespace kzsim::zones
