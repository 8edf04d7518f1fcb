#pragma once
// The words a kernel zone's console prints before its kernel runs, as guide Examples 7-1 (SPARC
// OpenBoot) and 7-2 (x86 loader) show them, with the values taken from the host and the zone.
#include <string>
#include <vector>

#include "zones/console/zone_console.hpp"

namespace kzsim::zones {

void append(std::vector<std::string>& lines, const std::vector<std::string>& more);

// NOTICE lines, a blank line and the banner: "SPARC T4-2, No Keyboard" (the host's family and
// socket count), the zone's memory, and its hostid as serial number and Host ID.
std::vector<std::string> openboot_banner(const Host& host, const Zone& zone);
// "Boot device: disk0  File and args: ARGS" and the module and kernel lines.
std::vector<std::string> x86_loader_lines(const std::vector<std::string>& args);
// From the kernel's banner to the login prompt.
std::vector<std::string> solaris_banner(const Host& host, const Zone& zone);

std::vector<std::string> menu_lines(const Host& host, const ZoneConsole& console);
std::string menu_prompt(const Host& host, const ZoneConsole& console);
std::string environment_names(const ZoneConsole& console);  // "solaris, bootenv123"

// kmdb(1) loaded at boot: krtld's line as it loads the debugger, and the debugger's greeting and
// prompt when -d stops the boot in it.
inline constexpr const char* kKmdbLoading = "Loading kmdb...";
inline constexpr const char* kKmdbPrompt = "[0]> ";
std::vector<std::string> kmdb_welcome_lines();

}  // namespace kzsim::zones
