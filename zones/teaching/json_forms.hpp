#pragma once
// Whether a command line typed so far is one of the forms that take kzsim's --json, as a
// command's `json:` entries in commands.yaml write them ("zoneadm [-z zonename] list [-cipsv]
// --json", "dladm {show-phys | show-link} [link] --json", "zlogin zonename zpool status [pool]
// --json"): the completion offers --json there and nowhere else.
#include <string>
#include <vector>

#include "zones/teaching/command_manual.hpp"

namespace kzsim::zones {

// `words`: the complete words so far, the command first (zlogin ZONE first for a form written
// after "zlogin zonename"). True when every word fits one of manual.json's forms (its
// subcommands, options and their values, operands where the form has some), the words the form
// requires outside [ ] are there, and no option is still waiting for its value.
bool takes_json(const CommandManual& manual, const std::vector<std::string>& words);

}  // namespace kzsim::zones
