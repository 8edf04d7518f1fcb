#include "zones/commands.hpp"

#include <map>

#include "zones/services.hpp"

namespace kzsim::zones {

namespace {
std::map<std::string, CommandFn, std::less<>>& table() {
  static std::map<std::string, CommandFn, std::less<>> commands;
  return commands;
}
HelpSource& help_source() {
  static HelpSource source = nullptr;
  return source;
}
JsonRefusalSource& json_refusal_source() {
  static JsonRefusalSource source = nullptr;
  return source;
}
std::multimap<std::string, ServiceActionFn, std::less<>>& service_actions() {
  static std::multimap<std::string, ServiceActionFn, std::less<>> actions;
  return actions;
}
}  // namespace

bool register_command(std::string name, CommandFn command) {
  return table().insert_or_assign(std::move(name), command).second;
}

CommandFn find_command(std::string_view name) {
  auto it = table().find(name);
  return it == table().end() ? nullptr : it->second;
}

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const auto& [name, command] : table()) names.push_back(name);
  return names;
}

bool register_help_source(HelpSource source) {
  help_source() = source;
  return true;
}

std::optional<std::string> help_page(const std::vector<std::string>& args) {
  if (args.size() != 2 || args[1] != "--help" || help_source() == nullptr) return std::nullopt;
  return help_source()(args[0]);
}

bool register_json_refusal_source(JsonRefusalSource source) {
  json_refusal_source() = source;
  return true;
}

std::optional<std::string> json_refusal(const std::vector<std::string>& args, std::string_view zone) {
  if (json_refusal_source() == nullptr) return std::nullopt;
  return json_refusal_source()(args, zone);
}

bool register_service_action(std::string service_fmri, ServiceActionFn action) {
  service_actions().emplace(std::move(service_fmri), action);
  return true;
}

void run_service_actions(CommandContext& context, Service& service, std::string_view action) {
  auto [first, last] = service_actions().equal_range(service.service_fmri());
  for (auto it = first; it != last; ++it) it->second(context, service, action);
}

}  // namespace kzsim::zones
