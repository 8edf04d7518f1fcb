#pragma once
// One form of a command as commands.yaml writes it in synopsis notation ("zoneadm [-z zonename]
// list [-cipsv]", "coreadm [-d option]...", "zlogin zonename zpool list [-H] [-o field[,...]]"):
// the words it names, which options take a value, which words it requires and which options
// it lets repeat. The --json forms (json_forms) and the completion's options (shell_vocabulary)
// read commands.yaml through it.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "zones/teaching/command_manual.hpp"

namespace kzsim::zones {

using WordSet = std::set<std::string, std::less<>>;

struct SynopsisForm {
  std::vector<std::string> prefix;  // the words before the command's name: zlogin zonename
  WordSet named;                    // the subcommands and options it names
  WordSet valued;                   // the options followed by their value
  std::vector<WordSet> required;    // one word of each set, outside [ ]
  WordSet repeated;                 // options in a [ ] group followed by ... ("[-d option]...") or
                                    // whose value is ("[-l link...]"); not "-o field[,...]", one
                                    // value listing several
  bool operands = false;

  static SynopsisForm read(const CommandManual& manual, std::string_view text);
};

bool is_option(std::string_view word);
// -cipsv (a cluster of one-letter options) as -c -i -p -s -v.
std::vector<std::string> options_of(std::string_view word);

// The options that any of the manual's synopsis and json forms lets repeat.
WordSet repeating_options(const CommandManual& manual);

}  // namespace kzsim::zones
