#pragma once
// ps's options, parsed in one place for every ps kzsim runs (the global zone's and the one inside
// a kernel zone): -e/-A, -f, -Z, -z zonelist, -p pidlist, -o format, as Oracle Solaris ps(1) gives
// them. A list takes commas or blanks and may be given again.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/shell/command.hpp"

namespace kzsim::zones {

// An -o field: its name, default header, width and side, from illumos ps.c's format table.
struct PsField {
  std::string_view name;
  std::string_view header;
  int width = 0;  // 0: printed unpadded (the last column's command)
  bool left = false;
};

// The field named `name`, or nullptr when ps does not know it.
const PsField* ps_field(std::string_view name);

struct PsColumn {
  const PsField* field = nullptr;
  std::string header;  // as given with name=header, else the field's
};

struct PsOptions {
  bool every = false;        // -e, -A: every process
  bool full = false;         // -f: the full listing (UID PPID C STIME ... and the command's arguments)
  bool zone_column = false;  // -Z: a ZONE column first
  std::vector<std::string> zones;  // -z: only processes of these zones
  std::vector<int> pids;           // -p: only these processes
  std::vector<PsColumn> fields;    // -o: in the order given (all headers empty: no header line)
};

// illumos ps.c's usage().
inline constexpr std::string_view kPsUsage =
    "usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]\n"
    "\t[ -u userlist ] [ -U userlist ] [ -G grouplist ]\n"
    "\t[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]\n";

// Nothing, after printing what is wrong and the usage on stderr, for options ps does not take.
std::optional<PsOptions> parse_ps_options(const shell::Invocation& call);

}  // namespace kzsim::zones
