// isainfo: instruction set architectures; -v lists the capabilities of each. --json (kzsim), with
// or without -v: a row an ISA, {"bits", "isa", "capabilities"}, 64-bit first.
#include <fmt/format.h>

#include <vector>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"
#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

// Capabilities are printed after a tab and wrapped before the text passes this width, as the
// real command's lines are.
constexpr std::size_t kWrapWidth = 70;

std::string capability_lines(const nlohmann::ordered_json& capabilities) {
  std::string text, line;
  for (const auto& item : capabilities) {
    const auto capability = item.get<std::string>();
    if (!line.empty() && line.size() + 1 + capability.size() > kWrapWidth) {
      text += "\t" + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + capability;
  }
  if (!line.empty()) text += "\t" + line + "\n";
  return text;
}

Listing isa_rows(const Host& host) {
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  auto capabilities32 = host.model->isa;
  if (sparc) capabilities32.insert(capabilities32.end(), {"v8plus", "div32", "mul32"});
  return {ListingRow{{"bits", 64}, {"isa", sparc ? "sparcv9" : "amd64"}, {"capabilities", host.model->isa}},
          ListingRow{{"bits", 32}, {"isa", sparc ? "sparc" : "i386"}, {"capabilities", capabilities32}}};
}

std::string verbose_view(const Listing& rows) {
  std::string text;
  for (const ListingRow& row : rows)
    text += fmt::format("{}-bit {} applications\n{}", cell_text(row["bits"]), cell_text(row["isa"]),
                        capability_lines(row["capabilities"]));
  return text;
}

std::string names_view(const Listing& rows) { return cell_text(rows[0]["isa"]) + " " + cell_text(rows[1]["isa"]) + "\n"; }

int run_isainfo(CommandContext& context) {
  const bool json = take_json_option(context.call.args);
  auto options = parse_options(context.call, "vbkn", "", "usage: isainfo [-v] [-b | -k | -n]");
  if (!options) return 1;
  const Listing rows = isa_rows(context.host);
  if (options->has('b')) {
    context.call.out(cell_text(rows[0]["bits"]) + "\n");
  } else if (options->has('k') || options->has('n')) {
    context.call.out(cell_text(rows[0]["isa"]) + "\n");
  } else {
    print_listing(context.call, json, rows, options->has('v') ? verbose_view : names_view);
  }
  return 0;
}

const bool registered = register_command("isainfo", run_isainfo);

}  // namespace

}  // namespace kzsim::zones
