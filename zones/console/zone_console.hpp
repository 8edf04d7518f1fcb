#pragma once
// A booted kernel zone's console (guide ch.7 "Invoking the Kernel Zone Boot Loader", Examples
// 7-1 and 7-2): what the boot loader prints (SPARC OpenBoot notices and banner, the x86 loader's
// module lines), the boot-environment menu of `boot -- -L`, the Oracle Solaris banner and login
// prompt. The real guest kernel runs behind it on the zone's visible CPU features with an
// instruction budget; its own lines are kzsim's and stay off the console. A guest that executes an instruction its class lacks panics: the
// zone gets the `panicked` auxiliary state, the host and other zones carry on.
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/exec/guest.hpp"
#include "core/units.hpp"
#include "firmware-models/verified_boot/boot_verification.hpp"
#include "zones/console/boot_environments.hpp"
#include "zones/host.hpp"

namespace kzsim::zones {

// kmdb(1) in a booting kernel zone: -k loads it, -d (with -k) stops the boot in it before the
// kernel's first function; the zone is then `debugging` until `:c` at its console.
enum class Kmdb { NotLoaded, Loaded, BreakAtBoot };

// The boot arguments after `zoneadm -z ZONE boot --`.
struct BootRequest {
  std::vector<std::string> args;  // as typed, echoed by OpenBoot's "File and args:"
  bool list_environments = false;  // -L or -l: stop at the boot-environment menu
  std::string environment;         // -Z DATASET: boot that environment
  bool without_resume = false;     // -R: a suspended zone boots afresh
  Kmdb kmdb = Kmdb::NotLoaded;     // -k, -kd
};

// Nothing (and `error`, naming the argument and what was expected) for an unknown argument.
// `args` are the boot subcommand's words: {"boot", "--", "-L"}.
std::optional<BootRequest> parse_boot_request(const std::vector<std::string>& args, std::string& error);

enum class ConsoleWait { Nothing, BootMenu, OkPrompt, Kmdb };

struct ZoneConsole {
  std::vector<std::string> lines;
  std::string prompt;  // an unanswered prompt, shown without a newline
  ConsoleWait waiting = ConsoleWait::Nothing;
  std::vector<BootEnvironment> environments;
  std::string chosen_dataset;  // SPARC: the environment picked at the menu, for "ok boot -Z"
  std::vector<std::string> module_report;  // verified boot's lines, printed as the kernel loads
  std::string kernel;  // the unix the firmware loaded from the boot storage: what the guest runs
  std::vector<std::string> features;  // the guest's visible CPU features
  std::unique_ptr<exec::Guest> guest;  // null until the guest kernel starts
  SimDuration booted_at{0};
  Kmdb kmdb = Kmdb::NotLoaded;  // BreakAtBoot until the kernel starts, then Loaded
};

// The console of a zone booting now (`now` on the simulated clock) with the kernel and report of
// verified boot's `verdict` (zones/verified_boot); nothing and `error` when the boot-environment
// file is malformed or -Z names no environment of the zone.
std::shared_ptr<ZoneConsole> boot_console(Host& host, Zone& zone, const BootRequest& request,
                                          const firmware::BootVerdict& verdict, SimDuration now, std::string& error);

// A line typed at the console: a menu number, "boot -Z DATASET" at SPARC's ok prompt, or ":c" at
// kmdb's prompt. Echoed
// after the prompt as a terminal shows it.
void type_at_console(Host& host, Zone& zone, std::string_view line);

// Runs `code` (ending in a return) in the zone's booted guest kernel; a panic ends up on the
// console and in the zone's auxiliary states. Returns whether the guest survived.
bool run_in_guest(Host& host, Zone& zone, std::span<const std::uint8_t> code);

// The host file where the lines kzsim's guest kernel writes go, from its latest boot on (a kzsim
// log, not Solaris's: they are never on the zone's console).
std::string guest_kernel_log(std::string_view zone);

// zoneadmd's notice to the zone's console clients ("[NOTICE: Zone halted]"), for one still
// attached (zlogin -C keeps the console it attached to); nothing when the zone has no console.
void console_notice(Zone& zone, std::string_view event);

// A reloaded world's booted guest (zones/persistence): the kernel started again and run to where
// its boot left it, its console lines not repeated. Code run in the guest since is not replayed.
void resume_guest_kernel(const Host& host, ZoneConsole& console);

// The largest buffer a workload started in a zone's guest (kz-workload) may use.
inline constexpr Bytes kMaxWorkloadBuffer = 32 * MiB;

// A guest for a zone's kernel on `host`: RAM for the kernel, a workload of up to
// kMaxWorkloadBuffer and code run_in_guest is given.
std::unique_ptr<exec::Guest> make_zone_guest(const Host& host, const std::vector<std::string>& features);

// Runs the zone's guest up to `budget` instructions further, its kernel's lines going to the
// guest_kernel_log of `host`; a panic ends up on the console and in the zone's auxiliary states.
exec::RunResult run_zone_guest(Host& host, Zone& zone, std::uint64_t budget);

}  // namespace kzsim::zones
