// ps's listings. Column layout of -f and -Z as Oracle Solaris prints them (`ps -ef` and `ps -efZ`
// transcripts of an 11.3 global zone and kernel zone, GitHub file id 13245667600):
//        ZONE      UID   PID  PPID   C    STIME TTY         TIME CMD
//      global     root     0     0   0   Jul 29 ?           0:10 sched
// ZONE and UID right-aligned in 8, PID and PPID in 5, C in 3, STIME in 8 (the time of day for a
// process started in the last 24 hours, else the month and day), TTY left-aligned in 8, TIME
// right-aligned in 7. The default listing (PID TTY TIME CMD) and -o fields use the same widths
// (pid 5 as `ps -o pid,vsz,rss,comm` prints it there; the others INFERRED from -f).
#include "zones/guest/ps.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>

#include "core/sim_clock.hpp"
#include "zones/console/zone_console.hpp"
#include "zones/devices/guest_commands.hpp"
#include "zones/guest/guest_system.hpp"
#include "zones/guest/ps_options.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

using std::chrono::hours;

struct Column {
  std::string name;    // the -o field name, and the --json key
  std::string header;  // as printed
  int width = 0;       // 0: the last column, unpadded
  bool left = false;
};

std::string start_time(SimDuration started, SimDuration now) {
  const std::time_t seconds =
      SimClock::kEpochSeconds + std::chrono::duration_cast<std::chrono::seconds>(started).count();
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[16];
  std::strftime(text, sizeof text, now - started < hours(24) ? "%H:%M:%S" : "%b %d", &utc);
  return text;
}

// The command's name without its arguments and directory (the default listing's CMD).
std::string command_name(const std::string& command) {
  const std::string program = command.substr(0, command.find(' '));
  return program.substr(program.rfind('/') + 1);
}

std::string value(const Process& process, std::string_view name, SimDuration now) {
  if (name == "pid") return std::to_string(process.pid);
  if (name == "ppid") return std::to_string(process.ppid);
  if (name == "c") return "0";
  if (name == "user" || name == "uid") return process.user;
  if (name == "zone") return process.zone;
  if (name == "stime") return start_time(process.started, now);
  if (name == "time") return process.time;
  if (name == "tty") return process.tty;
  if (name == "comm") return process.command.substr(0, process.command.find(' '));
  if (name == "name") return command_name(process.command);
  return process.command;  // args, cmd
}

Column column(std::string name, std::string header) {
  const bool last = name == "comm" || name == "args" || name == "cmd" || name == "name";
  const int width = last ? 0 : name == "pid" || name == "ppid" ? 5 : name == "c" ? 3 : name == "time" ? 7 : 8;
  const bool left = name == "tty";
  return {std::move(name), std::move(header), width, left};
}

std::vector<Column> columns_of(const PsOptions& options) {
  std::vector<Column> columns;
  if (!options.fields.empty()) {
    for (const auto& [name, header] : options.fields) columns.push_back(column(name, header));
    return columns;
  }
  if (options.zone_column) columns.push_back(column("zone", "ZONE"));
  if (options.full) {
    constexpr std::pair<const char*, const char*> kFull[] = {{"uid", "UID"},     {"pid", "PID"}, {"ppid", "PPID"},
                                                             {"c", "C"},         {"stime", "STIME"}, {"tty", "TTY"},
                                                             {"time", "TIME"}, {"cmd", "CMD"}};
    for (const auto& [name, header] : kFull) columns.push_back(column(name, header));
    return columns;
  }
  columns.push_back({"pid", "PID", 6});
  columns.push_back(column("tty", "TTY"));
  columns.push_back(column("time", "TIME"));
  columns.push_back({"cmd", "CMD", 0});
  return columns;
}

std::string line(const std::vector<Column>& columns, const std::vector<std::string>& cells) {
  std::string text;
  for (std::size_t at = 0; at < columns.size(); ++at) {
    const Column& column = columns[at];
    const std::string& cell = cells[at];
    if (at > 0) text += ' ';
    if (column.width == 0) text += cell;
    else text += column.left ? fmt::format("{:<{}}", cell, column.width) : fmt::format("{:>{}}", cell, column.width);
  }
  const auto end = text.find_last_not_of(' ');
  return (end == std::string::npos ? "" : text.substr(0, end + 1)) + "\n";
}

// A kernel zone's ps: its own table (its kernel, services and nested zones).
int run_guest_ps(GuestCommandContext& guest) {
  const Host& system = guest_system(guest.host.host, guest.zone);
  const SimDuration booted = guest.zone.console ? guest.zone.console->booted_at : SimDuration{0};
  return run_ps(guest.call, guest_processes(system, booted), guest.host.world.clock().now());
}

const bool registered = register_guest_command("ps", run_guest_ps);

}  // namespace

int run_ps(shell::Invocation& call, const std::vector<Process>& table, SimDuration now) {
  const bool json = take_json_option(call.args);
  const auto options = parse_ps_options(call);
  if (!options) return 2;
  const std::vector<Column> columns = columns_of(*options);
  std::vector<std::string> keys;
  std::vector<std::string> headers;
  for (const Column& column : columns) {
    keys.push_back(column.name);
    headers.push_back(column.header);
  }
  std::vector<std::vector<std::string>> cells;
  for (const Process& process : table) {
    const bool zoned = std::ranges::find(options->zones, process.zone) != options->zones.end();
    const bool listed = std::ranges::find(options->pids, process.pid) != options->pids.end();
    // Without -e, -z or -p ps lists the processes of its terminal; kzsim models none.
    if (!options->every && !zoned && !listed) continue;
    cells.emplace_back();
    for (const Column& column : columns)
      cells.back().push_back(value(process, !options->fields.empty() || column.name != "cmd" || options->full
                                                ? column.name
                                                : "name",
                                   now));
  }
  print_listing(call, json, table_rows(keys, cells), [&](const Listing&) {
    std::string text;
    if (std::ranges::any_of(headers, [](const std::string& header) { return !header.empty(); }))
      text = line(columns, headers);
    for (const auto& row : cells) text += line(columns, row);
    return text;
  });
  return 0;
}

}  // namespace kzsim::zones
