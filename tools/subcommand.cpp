#include "tools/subcommand.hpp"

#include <algorithm>

namespace kzsim::tools {

namespace {
std::vector<Subcommand>& registry() {
  static std::vector<Subcommand> all;
  return all;
}
}  // namespace

bool register_subcommand(Subcommand subcommand) {
  auto& all = registry();
  all.push_back(std::move(subcommand));
  std::sort(all.begin(), all.end(),
            [](const Subcommand& a, const Subcommand& b) { return a.name < b.name; });
  return true;
}

const std::vector<Subcommand>& subcommands() { return registry(); }

}  // namespace kzsim::tools
