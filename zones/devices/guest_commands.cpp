#include "zones/devices/guest_commands.hpp"

#include <map>

namespace kzsim::zones {

namespace {
std::map<std::string, GuestCommandFn, std::less<>>& table() {
  static std::map<std::string, GuestCommandFn, std::less<>> commands;
  return commands;
}
}  // namespace

bool register_guest_command(std::string name, GuestCommandFn command) {
  return table().insert_or_assign(std::move(name), command).second;
}

GuestCommandFn find_guest_command(std::string_view name) {
  auto it = table().find(name);
  return it == table().end() ? nullptr : it->second;
}

std::vector<std::string> guest_command_names() {
  std::vector<std::string> names;
  for (const auto& [name, command] : table()) names.push_back(name);
  return names;
}

}  // namespace kzsim::zones
