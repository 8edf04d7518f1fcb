// svcs: service states (the guide's `svcs ntp`, `svcs rad`, `svcs -xv`); --json (kzsim) as rows
// {"state", "stime", "fmri"}, or with -x one row a troubled service with its explanation.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "core/sim_clock.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/host_commands/smf.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

SimClock clock_at(SimDuration at) {
  SimClock clock;
  clock.advance(at);
  return clock;
}

// Today's changes print their time, older ones their date: "online          7:23:09",
// "online         Dec_31   svc:/..." (real svcs transcripts, e.g. Oracle Solaris 11 Advanced
// Administration Cookbook: "legacy_run      0:54:59 lrc:/etc/rc2_d/S47pppd").
std::string start_time(const Service& service, SimDuration now) {
  const auto clock = clock_at(service.since);
  return now - service.since < std::chrono::hours(24) ? clock.format("%-H:%M:%S") : clock.format("%b_%d");
}

// svcs columns as Solaris prints them: STATE padded to 14, STIME to 8, one space between
// ("STATE          STIME    FMRI" / "online         14:31:47 svc:/network/iscsi/target:default",
// the Cookbook above; the same in OmniOS and SmartOS transcripts of illumos svcs).
// A time is right-aligned in STIME (its hour blank-padded), a date left-aligned.
std::string service_line(const std::vector<std::string>& cells) {
  const bool time = cells[1].find(':') != std::string::npos;
  return time ? fmt::format("{:<14} {:>8} {}\n", cells[0], cells[1], cells[2])
              : fmt::format("{:<14} {:<8} {}\n", cells[0], cells[1], cells[2]);
}

std::string log_file(const Service& service) {
  std::string name = service.fmri.substr(std::string_view("svc:/").size());
  std::replace(name.begin(), name.end(), '/', '-');
  return "/var/svc/log/" + name + ".log";
}

// "man -M /usr/share/man -s 8s memory-reserve" as svcs -x (without -v) cites it:
// "memory-reserve(8s)".
std::string short_reference(std::string_view page) {
  const auto section = page.find("-s ");
  const auto name = page.rfind(' ');
  if (!page.starts_with("man ") || section == std::string_view::npos || name <= section + 3) return std::string(page);
  const auto section_end = page.find(' ', section + 3);
  return fmt::format("{}({})", page.substr(name + 1), page.substr(section + 3, section_end - section - 3));
}

// -v cites manual pages as the commands that show them (the guide's -xv block); without it, as
// name(section).
ListingRow explanation_row(const Service& service, bool verbose) {
  nlohmann::ordered_json see = {"http://support.oracle.com/msg/SMF-8000-AR"};
  for (const auto& page : service.documentation) see.push_back(verbose ? std::string(page) : short_reference(page));
  see.push_back(log_file(service));
  return {{"fmri", service.fmri},
          {"description", service.description},
          {"state", std::string(service_state_name(service.state))},
          {"since", clock_at(service.since).format("%a %b %d %H:%M:%S %Y")},
          {"reason", service.reason.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(service.reason)},
          {"see", see},
          {"impact", "This service is not running."}};
}

std::string explanation_text(const ListingRow& row) {
  std::string text = fmt::format("{} ({})\n  State: {} since {}\n", cell_text(row["fmri"]), cell_text(row["description"]),
                                 cell_text(row["state"]), cell_text(row["since"]));
  if (!row["reason"].is_null()) text += fmt::format("  Reason: {}\n", cell_text(row["reason"]));
  for (const auto& reference : row["see"]) text += fmt::format("    See: {}\n", cell_text(reference));
  return text + fmt::format("  Impact: {}\n", cell_text(row["impact"]));
}

bool troubled(const Service& service) {
  return service.state == ServiceState::Maintenance || service.state == ServiceState::Degraded ||
         service.state == ServiceState::Offline;
}

int run_svcs(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  auto options = parse_options(call, "axvH", "", "Usage: svcs [-aHvx] [FMRI | pattern] ...");
  if (!options) return 2;
  Services& services = host_services(context);
  std::vector<Service*> shown;
  int status = 0;
  if (options->operands.empty()) {
    shown = services.instances("*");
    if (!options->has('a') && !options->has('x'))
      std::erase_if(shown, [](const Service* s) { return s->state == ServiceState::Disabled; });
  }
  for (const auto& pattern : options->operands) {
    auto matched = services.instances(pattern);
    if (matched.empty()) {
      call.err(fmt::format("svcs: Pattern '{}' doesn't match any instances\n", pattern));
      status = 1;
    }
    shown.insert(shown.end(), matched.begin(), matched.end());
  }
  if (options->has('x')) {
    Listing rows;
    for (const Service* service : shown)
      if (troubled(*service)) rows.push_back(explanation_row(*service, options->has('v')));
    print_listing(call, json, rows, [](const Listing& listed) {
      std::string text;
      for (const ListingRow& row : listed) text += (text.empty() ? "" : "\n") + explanation_text(row);
      return text;
    });
    return status;
  }
  std::stable_sort(shown.begin(), shown.end(), [](const Service* a, const Service* b) {
    return std::tuple(service_state_name(a->state), a->since, a->fmri) <
           std::tuple(service_state_name(b->state), b->since, b->fmri);
  });
  const SimDuration now = context.world.clock().now();
  Listing rows;
  for (const Service* service : shown)
    rows.push_back({{"state", std::string(service_state_name(service->state))},
                    {"stime", start_time(*service, now)},
                    {"fmri", service->fmri}});
  print_listing(call, json, rows, [header = !options->has('H')](const Listing& listed) {
    std::string text = header && !listed.empty() ? service_line({"STATE", "STIME", "FMRI"}) : "";
    for (const ListingRow& row : listed) text += service_line(cell_texts(row));
    return text;
  });
  return status;
}

const bool registered = register_command("svcs", run_svcs);

}  // namespace

}  // namespace kzsim::zones
