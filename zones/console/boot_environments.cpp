#include "zones/console/boot_environments.hpp"

#include <fmt/format.h>

#include <sstream>

namespace kzsim::zones {

namespace {

// "11.4" of "11.4.81": boot menus name the release, not the SRU.
std::string release_of(const catalog::Version& os) {
  if (os.parts.size() < 2) return os.text();
  return fmt::format("{}.{}", os.parts[0], os.parts[1]);
}

std::optional<BootEnvironment> parse_line(std::string_view line) {
  const auto open = line.find(" (");
  if (open == std::string_view::npos) {
    if (line.find_first_of("()") != std::string_view::npos) return std::nullopt;
    return BootEnvironment{std::string(line), fmt::format("rpool/ROOT/{}", line)};
  }
  if (line.back() != ')' || open == 0 || open + 3 > line.size() - 1) return std::nullopt;
  return BootEnvironment{std::string(line.substr(0, open)), std::string(line.substr(open + 2, line.size() - open - 3))};
}

}  // namespace

std::string boot_environments_path(std::string_view zone) {
  return fmt::format("/system/volatile/zones/{}/boot-environments", zone);
}

std::optional<std::vector<BootEnvironment>> boot_environments(const Host& host, const Zone& zone, std::string& error) {
  const std::string path = boot_environments_path(zone.name);
  const auto text = host.files.read(path);
  if (!text) {
    const std::string_view platform = host.arch() == catalog::Arch::Sparc ? "SPARC" : "x86";
    return std::vector<BootEnvironment>{
        {fmt::format("Oracle Solaris {} {}", release_of(zone.guest_os), platform), "rpool/ROOT/solaris"}};
  }
  std::vector<BootEnvironment> found;
  std::istringstream lines(*text);
  int number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (line.empty()) continue;
    const auto environment = parse_line(line);
    if (!environment) {
      error = fmt::format("{}:{}: '{}' is not a boot environment; expected TITLE or TITLE (DATASET)\n", path, number, line);
      return std::nullopt;
    }
    found.push_back(*environment);
  }
  if (found.empty()) {
    error = fmt::format("{}: no boot environment listed; expected one TITLE or TITLE (DATASET) a line\n", path);
    return std::nullopt;
  }
  return found;
}

}  // namespace kzsim::zones
