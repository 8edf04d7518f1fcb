// isainfo: instruction set architectures; -v lists the capabilities of each.
#include <fmt/format.h>

#include <vector>

#include "zones/commands.hpp"
#include "zones/host.hpp"
#include "zones/host_commands/options.hpp"

namespace kzsim::zones {

namespace {

// Capabilities are printed after a tab and wrapped before the text passes this width, as the
// real command's lines are.
constexpr std::size_t kWrapWidth = 70;

std::string capability_lines(const std::vector<std::string>& capabilities) {
  std::string text, line;
  for (const auto& capability : capabilities) {
    if (!line.empty() && line.size() + 1 + capability.size() > kWrapWidth) {
      text += "\t" + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + capability;
  }
  if (!line.empty()) text += "\t" + line + "\n";
  return text;
}

int run_isainfo(CommandContext& context) {
  auto options = parse_options(context.call, "vbkn", "", "usage: isainfo [-v] [-b | -k | -n]");
  if (!options) return 1;
  const Host& host = context.host;
  const bool sparc = host.arch() == catalog::Arch::Sparc;
  const std::string isa64 = sparc ? "sparcv9" : "amd64";
  const std::string isa32 = sparc ? "sparc" : "i386";
  std::string text;
  if (options->has('b')) {
    text = "64\n";
  } else if (options->has('k') || options->has('n')) {
    text = isa64 + "\n";
  } else if (options->has('v')) {
    auto capabilities32 = host.model->isa;
    if (sparc) capabilities32.insert(capabilities32.end(), {"v8plus", "div32", "mul32"});
    text = fmt::format("64-bit {} applications\n{}32-bit {} applications\n{}", isa64,
                       capability_lines(host.model->isa), isa32, capability_lines(capabilities32));
  } else {
    text = isa64 + " " + isa32 + "\n";
  }
  context.call.out(text);
  return 0;
}

const bool registered = register_command("isainfo", run_isainfo);

}  // namespace

}  // namespace kzsim::zones
