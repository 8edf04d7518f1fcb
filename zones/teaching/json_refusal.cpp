// --json on a form that takes none: refused rather than ignored. The forms that take it are
// commands.yaml's json: entries (json_forms reads their notation); those of a command run in a
// kernel zone are written after "zlogin zonename".
#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "zones/commands.hpp"
#include "zones/teaching/command_manual.hpp"
#include "zones/teaching/json_forms.hpp"

namespace kzsim::zones {

namespace {

using Words = std::vector<std::string>;

constexpr std::string_view kInZone = "zlogin ";

// The words as the forms write them. An argument that is a command line of its own (zonecfg's
// quoted "info anet", "select anet id=0; info") gives its words from its last subcommand on:
// a --json after it belongs to that subcommand.
Words words_of(const Words& args) {
  Words words;
  for (const std::string& arg : args) {
    const std::size_t semicolon = arg.rfind(';');
    std::istringstream line(arg.substr(semicolon == std::string::npos ? 0 : semicolon + 1));
    for (std::string word; line >> word;) words.push_back(word);
  }
  return words;
}

// zlogin [-z] ZONE COMMAND...: the --json is the command's, which zlogin checks in the zone.
bool runs_in_zone(Words words) {
  std::erase(words, "--json");
  const std::size_t zone_at = words.size() > 1 && words[1] == "-z" ? 2 : 1;
  return !words.empty() && words.front() == "zlogin" && words.size() > zone_at + 1 && words[1] != "-C";
}

std::optional<std::string> refusal(const Words& args, std::string_view zone) {
  if (args.empty() || std::ranges::find(args, "--json") == args.end() || (zone.empty() && runs_in_zone(args)))
    return std::nullopt;
  const CommandManual* manual = CommandManuals::builtin().find(args.front());
  if (manual == nullptr) return std::nullopt;
  Words words = words_of(args);
  if (!zone.empty()) words.insert(words.begin(), {"zlogin", std::string(zone)});
  if (takes_json(*manual, words)) return std::nullopt;
  std::string forms;
  for (const std::string& form : manual->json)
    if (form.starts_with(kInZone) == !zone.empty()) forms += (forms.empty() ? "" : " or ") + form;
  if (forms.empty()) forms = fmt::format("{} without --json (no form of it is a listing)", manual->name);
  return fmt::format("{}: --json is not taken by this form{}; expected {}\n", manual->name,
                     zone.empty() ? "" : " inside a kernel zone", forms);
}

const bool registered = register_json_refusal_source(refusal);

}  // namespace

}  // namespace kzsim::zones
