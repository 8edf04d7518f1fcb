// virtinfo: the virtualization environments of this host, as the guide's chapter 1 shows;
// --json (kzsim) as rows {"name", "class"} (the -o fields).
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/requirements.hpp"
#include "zones/zone.hpp"

namespace kzsim::zones {

namespace {

struct Environment {
  std::string name;
  std::string class_name;
};

// A SPARC global zone always runs in a logical domain; the control domain (bare metal) is
// also the parent of other domains.
// Inside a kernel zone (the Solaris of zones/guest): the zone is current, a SPARC one's logical
// domain its parent, and only solaris zones can nest in it (a kernel zone's virtinfo in a SPARC
// logical domain, GitHub file id 13245667600; x86 without the logical-domain row, INFERRED).
std::vector<Environment> environments(const Host& host) {
  std::vector<Environment> found;
  if (host.virtualization == Virtualization::KernelZone) {
    found.push_back({"kernel-zone", "current"});
    if (host.arch() == catalog::Arch::Sparc) found.push_back({"logical-domain", "parent"});
    found.push_back({"non-global-zone", "supported"});
    return found;
  }
  if (host.arch() == catalog::Arch::Sparc) {
    found.push_back({"logical-domain", "current"});
    if (host.virtualization == Virtualization::BareMetal) found.push_back({"logical-domain", "parent"});
  }
  found.push_back({"non-global-zone", "supported"});
  if (kernel_zone_blockers(host).empty()) found.push_back({"kernel-zone", "supported"});
  return found;
}

// The domain facts of the SPARC-only options (virtinfo(8), Oracle Solaris 11.4: "-a -c -d -p
// -t -s -u: SPARC only"), in the lines and words of the Oracle VM Server for SPARC 2.0
// virtinfo(1M) page: -p gives "VERSION 1.0" and DOMAINROLE|impl=LDoms|control=..|io=..|
// service=..|root=.., DOMAINNAME|name=, DOMAINUUID|uuid=, DOMAINCONTROL|name=,
// DOMAINCHASSIS|serialno=; its example `virtinfo -a` prints "Domain role: LDoms control I/O
// service root", "Domain name: primary", "Domain UUID: ...", "Control domain: ...", "Chassis
// serial#: ...". A bare-metal SPARC host is its control domain ("primary", all roles); a guest
// domain has none of the roles, its name is the host's and its control domain is not known to
// the simulation (INFERRED: no line). The UUID is drawn from the hostid, the serial number
// ("AK" and eight digits, the shape of a real T-series serial) from it too (INFERRED).
struct DomainFacts {
  bool control = false;
  std::string name;
  std::string uuid;
  std::string control_domain;  // empty: not known
  std::string serial;
};

DomainFacts domain_facts(const Host& host) {
  const bool control = host.virtualization == Virtualization::BareMetal;
  return {control, control ? "primary" : host.name, random_uuid(SeededRandom(host.hostid).fork("domain-uuid")),
          control ? host.name : "", fmt::format("AK{:08}", host.hostid % 100000000)};
}

// -a, -c, -d, -t, -s, -u (and -p with them): which facts, as text or parsable.
int print_domain(CommandContext& context, const std::set<char>& flags) {
  auto& call = context.call;
  if (context.host.arch() != catalog::Arch::Sparc) {
    call.err(fmt::format("virtinfo: -{} is supported on SPARC only; expected virtinfo list\n", *flags.begin()));
    return 1;
  }
  const DomainFacts facts = domain_facts(context.host);
  const bool all = flags.contains('a') || (flags.size() == 1 && flags.contains('p'));
  const auto wanted = [&](char flag) { return flags.contains('a') || flags.contains(flag); };
  const bool parsable = flags.contains('p');
  const std::string flag = facts.control ? "true" : "false";
  std::string text = parsable ? "VERSION 1.0\n" : "";
  if (wanted('t') || all)
    text += parsable ? fmt::format("DOMAINROLE|impl=LDoms|control={0}|io={0}|service={0}|root={0}\n", flag)
                     : fmt::format("Domain role: LDoms {}\n", facts.control ? "control I/O service root" : "guest");
  if (wanted('d')) text += parsable ? fmt::format("DOMAINNAME|name={}\n", facts.name) : fmt::format("Domain name: {}\n", facts.name);
  if (wanted('u')) text += parsable ? fmt::format("DOMAINUUID|uuid={}\n", facts.uuid) : fmt::format("Domain UUID: {}\n", facts.uuid);
  if (wanted('c') && !facts.control_domain.empty())
    text += parsable ? fmt::format("DOMAINCONTROL|name={}\n", facts.control_domain)
                     : fmt::format("Control domain: {}\n", facts.control_domain);
  if (wanted('s'))
    text += parsable ? fmt::format("DOMAINCHASSIS|serialno={}\n", facts.serial) : fmt::format("Chassis serial#: {}\n", facts.serial);
  call.out(text);
  return 0;
}

// The SPARC-only form: only words that are clusters of -acdptsu, at least one of them not a
// lone -c (which is the class option of the list form).
std::optional<std::set<char>> domain_flags(const std::vector<std::string>& args) {
  std::set<char> flags;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word.size() < 2 || word[0] != '-' || word.find_first_not_of("acdptsu", 1) != std::string::npos) return std::nullopt;
    flags.insert(word.begin() + 1, word.end());
  }
  if (flags.empty() || flags == std::set<char>{'c'}) return std::nullopt;
  return flags;
}

constexpr std::string_view kUsage =
    "usage: virtinfo [-c class] [list [-H] [-o field[,...]]] [name ...]";

int run_virtinfo(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  if (auto flags = domain_flags(call.args)) return print_domain(context, *flags);
  auto options = parse_options(call, "aH", "co", kUsage);
  if (!options) return 1;
  auto operands = options->operands;
  if (!operands.empty() && operands.front() == "list") {
    auto listed = parse_options(call, "H", "o", kUsage, call.args.size() - operands.size() + 1);
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
  for (const auto& environment : environments(context.host)) {
    if (options->values.contains('c') && options->values['c'] != environment.class_name) continue;
    if (!operands.empty() &&
        std::find(operands.begin(), operands.end(), environment.name) == operands.end())
      continue;
    ListingRow row = ListingRow::object();
    if (name_column) row["name"] = environment.name;
    if (class_column) row["class"] = environment.class_name;
    rows.push_back(std::move(row));
  }
  const bool both = name_column && class_column;
  print_listing(call, json, rows, [&](const Listing& listed) {
    auto line = [both](const std::vector<std::string>& cells) {
      return both ? fmt::format("{:<14} {}\n", cells[0], cells[1]) : cells[0] + "\n";
    };
    std::string text;
    // The guide prints the header one space narrower than its rows.
    if (!options->has('H')) text = both ? "NAME          CLASS\n" : line({name_column ? "NAME" : "CLASS"});
    for (const ListingRow& row : listed) text += line(cell_texts(row));
    return text;
  });
  return 0;
}

const bool registered = register_command("virtinfo", run_virtinfo);

}  // namespace

}  // namespace kzsim::zones
