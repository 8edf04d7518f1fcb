// ps's listings. Columns as Oracle Solaris prints them (`ps -ef`, `ps -efZ`, `ps -f -Z -z kzone1`
// and `ps -o pid,vsz,rss,comm -z kzone1` transcripts of an 11.3 global zone and kernel zone,
// GitHub file id 13245667600), widths from illumos ps.c:
//     ZONE      UID   PID  PPID   C    STIME TTY         TIME CMD
//   global     root     0     0   0   Jul 29 ?           0:10 sched
// ZONE and UID right-aligned in 8, PID and PPID in 5, C in 3, STIME in 8 (the time of day for a
// process started in the last 24 hours, else the month and day), TTY left-aligned in 8, TIME
// right-aligned in 7. The default listing "   PID TTY         TIME CMD" has PID in 6 and CMD the
// command's name cut to 8 characters (ps.c prints pr_fname through namencnt(.., 16, 8)); -o
// fields as ps_options.cpp's table, a column no narrower than its header.
#include "zones/processes/ps.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>

#include "core/sim_clock.hpp"
#include "zones/commands.hpp"
#include "zones/console/zone_console.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/guest/guest_system.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/processes/ps_options.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

std::string start_time(SimDuration started, SimDuration now) {
  const std::time_t seconds =
      SimClock::kEpochSeconds + std::chrono::duration_cast<std::chrono::seconds>(started).count();
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[16];
  std::strftime(text, sizeof text, now - started < std::chrono::hours(24) ? "%H:%M:%S" : "%b %d", &utc);
  return text;
}

std::string first_word(const std::string& args) { return args.substr(0, args.find(' ')); }

// fname: the command's base name, cut to 8 characters.
std::string fname(const std::string& args) {
  std::string name = first_word(args);
  if (const auto slash = name.rfind('/'); slash != std::string::npos) name.erase(0, slash + 1);
  return name.substr(0, 8);
}

nlohmann::ordered_json value_of(std::string_view field, const Process& process, SimDuration now) {
  if (field == "pid") return process.pid;
  if (field == "ppid") return process.ppid;
  if (field == "user" || field == "ruser") return process.user;
  if (field == "zone") return process.zone;
  if (field == "zoneid") return process.zone_id;
  if (field == "c") return 0;
  if (field == "stime") return start_time(process.started, now);
  if (field == "time") return process.time;
  if (field == "tty") return process.tty;
  if (field == "comm") return first_word(process.args);
  if (field == "fname") return fname(process.args);
  return process.args;
}

struct Column {
  PsField field;
  std::string header;
  std::string key;  // the --json key
};

std::string lower(std::string text) {
  std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// -o: the fields given; else -f: UID PID PPID C STIME TTY TIME CMD (the whole command line),
// without: PID TTY TIME CMD (the command's name); -Z puts ZONE first.
std::vector<Column> columns_of(const PsOptions& options) {
  std::vector<Column> columns;
  if (!options.fields.empty()) {
    for (const PsColumn& given : options.fields)
      columns.push_back({*given.field, given.header, std::string(given.field->name)});
    return columns;
  }
  const auto add = [&](PsField field) {
    columns.push_back({field, std::string(field.header), lower(std::string(field.header))});
  };
  if (options.zone_column) add({"zone", "ZONE", 8, false});
  if (options.full) add({"user", "UID", 8, false});
  add({"pid", "PID", options.full ? 5 : 6, false});
  if (options.full) {
    add({"ppid", "PPID", 5, false});
    add({"c", "C", 3, false});
    add({"stime", "STIME", 8, false});
  }
  add({"tty", "TTY", 8, true});
  add({"time", "TIME", 7, false});
  add({options.full ? "args" : "fname", "CMD", 0, true});
  return columns;
}

std::string line_of(const std::vector<Column>& columns, const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const PsField& field = columns[i].field;
    const bool last = i + 1 == columns.size();
    const auto width = std::max<std::size_t>(static_cast<std::size_t>(field.width), columns[i].header.size());
    if (i > 0) line += ' ';
    if (field.left)
      line += last ? cells[i] : fmt::format("{:<{}}", cells[i], width);
    else
      line += fmt::format("{:>{}}", cells[i], width);
  }
  const auto end = line.find_last_not_of(' ');
  return (end == std::string::npos ? "" : line.substr(0, end + 1)) + "\n";
}

// The global zone's ps: the host's processes and its running zones'.
int run_host_ps(CommandContext& context) {
  return run_ps(context.call, host_processes(context.host), context.world.clock().now());
}

// A kernel zone's ps: its own table (its kernel, services and nested zones).
int run_guest_ps(GuestCommandContext& guest) {
  const Host& system = guest_system(guest.host.host, guest.zone);
  const SimDuration booted = guest.zone.console ? guest.zone.console->booted_at : SimDuration{0};
  return run_ps(guest.call, guest_processes(system, booted), guest.host.world.clock().now());
}

const bool registered_host = register_command("ps", run_host_ps);
const bool registered_guest = register_guest_command("ps", run_guest_ps);

}  // namespace

int run_ps(shell::Invocation& call, const std::vector<Process>& table, SimDuration now) {
  const bool json = take_json_option(call.args);
  const auto options = parse_ps_options(call);
  if (!options) return 1;
  const std::vector<Column> columns = columns_of(*options);
  Listing rows;
  for (const Process& process : table) {
    const bool zoned = std::ranges::find(options->zones, process.zone) != options->zones.end();
    const bool listed = std::ranges::find(options->pids, process.pid) != options->pids.end();
    // Without -e, -z or -p ps lists the processes of its terminal; a simulated command line has
    // none, so only the header remains.
    if (!options->every && !zoned && !listed) continue;
    ListingRow row = ListingRow::object();
    for (const Column& column : columns) row[column.key] = value_of(column.field.name, process, now);
    rows.push_back(std::move(row));
  }
  print_listing(call, json, rows, [&](const Listing& listed) {
    std::vector<std::string> headers;
    for (const Column& column : columns) headers.push_back(column.header);
    const bool header = std::ranges::any_of(headers, [](const std::string& h) { return !h.empty(); });
    std::string text = header ? line_of(columns, headers) : "";
    for (const ListingRow& row : listed) text += line_of(columns, cell_texts(row));
    return text;
  });
  return 0;
}

}  // namespace kzsim::zones
