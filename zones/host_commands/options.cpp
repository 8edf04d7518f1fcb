#include "zones/host_commands/options.hpp"

#include <fmt/format.h>

namespace kzsim::zones {

std::optional<Options> parse_options(const shell::Invocation& call, std::string_view flags,
                                     std::string_view with_value, std::string_view usage,
                                     std::size_t first) {
  Options parsed;
  const auto& args = call.args;
  std::size_t index = first;
  auto refuse = [&](std::string_view problem, char option) -> std::optional<Options> {
    call.err(fmt::format("{}: {} -- {}\n{}\n", args.front(), problem, option, usage));
    return std::nullopt;
  };
  for (; index < args.size(); ++index) {
    const std::string& word = args[index];
    if (word == "--") {
      ++index;
      break;
    }
    if (word.size() < 2 || word.front() != '-') break;
    for (std::size_t at = 1; at < word.size(); ++at) {
      const char option = word[at];
      if (with_value.find(option) != std::string_view::npos) {
        if (at + 1 < word.size()) {
          parsed.values[option] = word.substr(at + 1);
        } else if (index + 1 < args.size()) {
          parsed.values[option] = args[++index];
        } else {
          return refuse("option requires an argument", option);
        }
        break;
      }
      if (flags.find(option) == std::string_view::npos) return refuse("illegal option", option);
      parsed.flags.insert(option);
    }
  }
  parsed.operands.assign(args.begin() + static_cast<std::ptrdiff_t>(std::min(index, args.size())), args.end());
  return parsed;
}

}  // namespace kzsim::zones
