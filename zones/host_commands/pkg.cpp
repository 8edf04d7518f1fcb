// pkg list: the packages the guide checks for, in pkg(1)'s format; --json (kzsim) as rows
// keyed by its columns ("name_(publisher)", "version", "ifo").
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"

namespace kzsim::zones {

namespace {

struct KnownPackage {
  std::string_view name;  // as scenarios write it
  std::string_view fmri;  // as pkg list prints it
};

constexpr std::array<KnownPackage, 2> kPackages{{
    {kBrandPackage, "system/zones/brand/brand-solaris-kz"},
    {"rad-zonemgr", "system/management/rad/module/rad-zonemgr"},
}};

// 11.4's version is the guide's; 11.2's is from its edition (solaris-facts §7); 11.3's follows
// the 11.2 pattern (INFERRED).
std::string package_version(const catalog::Version& os) {
  if (os >= catalog::Version{{11, 4}}) return "11.4-11.4.0.0.1.10.1";
  if (os >= catalog::Version{{11, 3}}) return "0.5.11-0.175.3.0.0.30.0";
  return "0.5.11-0.175.2.0.0.36.22321";
}

bool names(std::string_view pattern, const KnownPackage& package) {
  return pattern == package.name || pattern == package.fmri ||
         (package.fmri.ends_with(pattern) && package.fmri[package.fmri.size() - pattern.size() - 1] == '/');
}

int run_pkg(CommandContext& context) {
  auto& call = context.call;
  const bool json = take_json_option(call.args);
  if (call.args.size() < 2 || call.args[1] != "list") {
    call.err("Usage:\n        pkg list [-Hafnsuv] [pkg_fmri_pattern ...]\n");
    return 2;
  }
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> unmatched;
  for (std::size_t i = 2; i < call.args.size(); ++i) {
    bool matched = false;
    for (const auto& package : kPackages)
      if (names(call.args[i], package) && context.host.has_package(package.name)) {
        cells.push_back({std::string(package.fmri), package_version(context.host.os), "i--"});
        matched = true;
      }
    if (!matched) unmatched.push_back(call.args[i]);
  }
  const Listing rows = table_rows({"NAME (PUBLISHER)", "VERSION", "IFO"}, cells);
  // pkg(5)'s client.py list format "{0:49} {1:26} {2}", as real 11.4 hosts print it:
  // "NAME (PUBLISHER)                                  VERSION                    IFO" /
  // "entire                                            11.4-11.4.76.0.1.170.1     i--".
  if (json || !rows.empty())
    print_listing(call, json, rows, [](const Listing& listed) {
      std::string text = fmt::format("{:<49} {:<26} {}\n", "NAME (PUBLISHER)", "VERSION", "IFO");
      for (const ListingRow& row : listed) {
        const auto cells = cell_texts(row);
        text += fmt::format("{:<49} {:<26} {}\n", cells[0], cells[1], cells[2]);
      }
      return text;
    });
  // The same real 11.4 transcript (`pkg list avf entire`): the listing, a blank line, then
  // "pkg list: no packages matching the following patterns are installed:" and each pattern
  // indented two spaces.
  if (!unmatched.empty())
    call.err(fmt::format("{}pkg list: no packages matching the following patterns are installed:\n  {}\n",
                         rows.empty() ? "" : "\n", fmt::join(unmatched, "\n  ")));
  return unmatched.empty() ? 0 : 1;
}

const bool registered = register_command("pkg", run_pkg);

}  // namespace

}  // namespace kzsim::zones
