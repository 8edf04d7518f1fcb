// virtinfo: the virtualization environments of this host, as the guide's chapter 1 shows;
// --json (kzsim) as rows {"name", "class"} (the -o fields).
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/requirements.hpp"

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

constexpr std::string_view kUsage =
    "usage: virtinfo [-c class] [list [-H] [-o field[,...]]] [name ...]";

int run_virtinfo(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
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
