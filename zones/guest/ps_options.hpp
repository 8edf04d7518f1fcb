#pragma once
// ps's options, parsed in one place for every ps kzsim runs (inside a kernel zone now; the
// global zone's ps can take the same): -e/-A, -f, -Z, -z zonelist, -p pidlist, -o format, as
// Oracle Solaris ps(1) gives them. A list takes commas or blanks and may be given again.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/shell/command.hpp"

namespace kzsim::zones {

struct PsOptions {
  bool every = false;        // -e, -A: every process
  bool full = false;         // -f: the full listing (UID PPID C STIME ... and the command's arguments)
  bool zone_column = false;  // -Z: a ZONE column first
  std::vector<std::string> zones;  // -z: only processes of these zones
  std::vector<int> pids;           // -p: only these processes
  // -o: each field's name (pid, ppid, user, uid, zone, stime, time, tty, comm, args) and its
  // header (the field's own unless given as name=header; all empty: no header line).
  std::vector<std::pair<std::string, std::string>> fields;
};

inline constexpr std::string_view kPsUsage =
    "usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]\n"
    "\t[ -u userlist ] [ -U userlist ] [ -G grouplist ]\n"
    "\t[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]\n";

// Nothing, after printing what is wrong and the usage on stderr, for options ps does not take.
std::optional<PsOptions> parse_ps_options(const shell::Invocation& call);

}  // namespace kzsim::zones
