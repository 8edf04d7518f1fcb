// ps: formats from illumos ps.c, checked against a Solaris 11.3 lab's `ps -efZ`, `ps -f -Z -z
// kzone1` and `ps -o pid,vsz,rss,comm -z kzone1` (GitHub file id 13245667600):
// "    ZONE      UID   PID  PPID   C    STIME TTY         TIME CMD" over
// "  global     root     0     0   0   Jul 29 ?           0:10 sched".
#include "zones/processes/ps.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kUsage = "usage: ps [ -eAfZ ] [ -o format ] [ -z zonelist ]";

// An -o field: its header, its width and side (illumos ps.c's table), its value.
struct Field {
  std::string_view name;
  std::string_view header;
  int width;
  bool left;
};

constexpr Field kFields[] = {
    {"pid", "PID", 5, false},     {"ppid", "PPID", 5, false},  {"user", "USER", 8, false},
    {"ruser", "RUSER", 8, false}, {"zone", "ZONE", 8, false},  {"zoneid", "ZONEID", 6, false},
    {"stime", "STIME", 8, false}, {"time", "TIME", 7, false},  {"tty", "TT", 7, true},
    {"c", "C", 3, false},         {"comm", "COMMAND", 0, true}, {"args", "COMMAND", 0, true},
    {"fname", "COMMAND", 8, true},
};

std::string first_word(const std::string& args) { return args.substr(0, args.find(' ')); }

// fname: the command's base name, cut to 8 characters as the kernel keeps it (u_comm).
std::string fname(const std::string& args) {
  std::string name = first_word(args);
  if (const auto slash = name.rfind('/'); slash != std::string::npos) name.erase(0, slash + 1);
  return name.substr(0, 8);
}

nlohmann::ordered_json value_of(std::string_view field, const Process& process, const std::string& stime) {
  if (field == "pid") return process.pid;
  if (field == "ppid") return process.ppid;
  if (field == "user" || field == "ruser") return process.user;
  if (field == "zone") return process.zone;
  if (field == "zoneid") return process.zone_id;
  if (field == "c") return 0;
  if (field == "stime") return stime;
  if (field == "time") return "0:00";
  if (field == "tty") return "?";
  if (field == "comm") return first_word(process.args);
  if (field == "fname") return fname(process.args);
  return process.args;
}

struct Column {
  Field field;
  std::string header;  // as given with name=header, else the field's
};

// "-o pid,args" and "-o 'pid args'": fields split at commas and blanks; "name=header" sets the
// header (to the end of the list, as ps(1) says).
std::optional<std::vector<Column>> output_format(const shell::Invocation& call, const std::string& format) {
  std::vector<Column> columns;
  std::string rest = format;
  while (!rest.empty()) {
    const auto end = rest.find_first_of(", ");
    std::string word = rest.substr(0, end);
    std::optional<std::string> header;
    if (const auto equals = word.find('='); equals != std::string::npos) {
      header = format.substr(format.size() - rest.size() + equals + 1);
      word.erase(equals);
      rest.clear();
    } else {
      rest = end == std::string::npos ? "" : rest.substr(end + 1);
    }
    if (word.empty()) continue;
    const auto* found = std::find_if(std::begin(kFields), std::end(kFields), [&](const Field& f) { return f.name == word; });
    if (found == std::end(kFields)) {
      call.err(fmt::format("ps: unknown output format: -o {}\n{}\n", word, kUsage));
      return std::nullopt;
    }
    columns.push_back({*found, header.value_or(std::string(found->header))});
  }
  return columns;
}

// -f: UID PID PPID C STIME TTY TIME CMD (the whole command line); without: PID TTY TIME CMD
// (the command's name); -Z puts ZONE first.
std::vector<Column> standard_format(bool full, bool zone) {
  std::vector<Column> columns;
  if (zone) columns.push_back({{"zone", "ZONE", 8, false}, "ZONE"});
  if (full) columns.push_back({{"user", "UID", 8, false}, "UID"});
  columns.push_back({{"pid", "PID", 5, false}, "PID"});
  if (full) {
    columns.push_back({{"ppid", "PPID", 5, false}, "PPID"});
    columns.push_back({{"c", "C", 3, false}, "C"});
    columns.push_back({{"stime", "STIME", 8, false}, "STIME"});
  }
  columns.push_back({{"tty", "TTY", 8, true}, "TTY"});
  columns.push_back({{"time", "TIME", 7, false}, "TIME"});
  columns.push_back({{full ? "args" : "fname", "CMD", 0, true}, "CMD"});
  return columns;
}

std::string json_key(std::string header) {
  std::transform(header.begin(), header.end(), header.begin(), [](unsigned char c) { return std::tolower(c); });
  return header;
}

std::string line_of(const std::vector<Column>& columns, const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const Field& field = columns[i].field;
    const bool last = i + 1 == columns.size();
    const auto width = static_cast<std::size_t>(std::max<int>(field.width, static_cast<int>(columns[i].header.size())));
    if (i > 0) line += ' ';
    if (field.left)
      line += last ? cells[i] : fmt::format("{:<{}}", cells[i], width);
    else
      line += fmt::format("{:>{}}", cells[i], width);
  }
  return line + "\n";
}

std::vector<std::string> words_of(const std::string& list) {
  std::vector<std::string> words;
  std::string word;
  std::istringstream in(list);
  while (std::getline(in, word, ',')) {
    std::istringstream blanks(word);
    for (std::string part; blanks >> part;) words.push_back(part);
  }
  return words;
}

}  // namespace

int print_ps(shell::Invocation& call, const std::vector<Process>& processes, SimDuration now) {
  const bool json = take_json_option(call.args);
  auto options = parse_options(call, "eAfZ", "oz", kUsage);
  if (!options) return 1;
  std::vector<Column> columns = standard_format(options->has('f'), options->has('Z'));
  if (options->values.contains('o')) {
    auto given = output_format(call, options->values['o']);
    if (!given) return 1;
    columns = std::move(*given);
  }
  const bool all = options->has('e') || options->has('A');
  const std::vector<std::string> zones = options->values.contains('z') ? words_of(options->values['z'])
                                                                          : std::vector<std::string>{};
  // Without -e or -z, ps lists the caller's terminal's processes: a simulated command line has
  // no process of its own, so only the header remains.
  const std::string stime = process_start_time(now);
  Listing rows;
  for (const Process& process : processes) {
    const bool selected = all || std::find(zones.begin(), zones.end(), process.zone) != zones.end();
    if (!selected) continue;
    ListingRow row = ListingRow::object();
    for (const Column& column : columns) row[json_key(column.header)] = value_of(column.field.name, process, stime);
    rows.push_back(std::move(row));
  }
  print_listing(call, json, rows, [&](const Listing& listed) {
    std::vector<std::string> headers;
    for (const Column& column : columns) headers.push_back(column.header);
    const bool header = std::any_of(headers.begin(), headers.end(), [](const std::string& h) { return !h.empty(); });
    std::string text = header ? line_of(columns, headers) : "";
    for (const ListingRow& row : listed) text += line_of(columns, cell_texts(row));
    return text;
  });
  return 0;
}

namespace {

int run_ps(CommandContext& context) {
  return print_ps(context.call, host_processes(context.host), context.world.clock().now());
}

const bool registered = register_command("ps", run_ps);

}  // namespace

}  // namespace kzsim::zones
