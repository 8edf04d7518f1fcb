#include "zones/teaching/json_forms.hpp"

#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

using Words = std::vector<std::string>;

CommandManual manual(std::string name, std::vector<std::pair<std::string, Words>> subcommands, Words json) {
  CommandManual made;
  made.name = std::move(name);
  made.subcommands = std::move(subcommands);
  made.json = std::move(json);
  return made;
}

TEST(JsonForms, TheRequiredSubcommandAndOptionsWithTheirValues) {
  const CommandManual zoneadm = manual("zoneadm", {{"list", {"-c", "-v"}}, {"boot", {}}},
                                       {"zoneadm [-z zonename] list [-cipsv] --json"});
  EXPECT_TRUE(takes_json(zoneadm, {"zoneadm", "list"}));
  EXPECT_TRUE(takes_json(zoneadm, {"zoneadm", "-z", "kz1", "list", "-cv"}));
  EXPECT_FALSE(takes_json(zoneadm, {"zoneadm"}));                       // list is required
  EXPECT_FALSE(takes_json(zoneadm, {"zoneadm", "-z", "kz1", "boot"}));  // not a form that takes it
  EXPECT_FALSE(takes_json(zoneadm, {"zoneadm", "-z"}));                 // -z waits for its zone
  EXPECT_FALSE(takes_json(zoneadm, {"zoneadm", "list", "-x"}));         // no such option in the form
  EXPECT_FALSE(takes_json(zoneadm, {"zoneadm", "list", "kz1"}));        // the form has no operand
}

TEST(JsonForms, OneOfTheAlternativesAndTheOperands) {
  const CommandManual dladm =
      manual("dladm", {{"show-phys", {}}, {"show-link", {}}, {"show-linkprop", {"-p"}}, {"set-linkprop", {"-p"}}},
             {"dladm {show-phys | show-link [-C]} [link] --json", "dladm show-linkprop -p prop link --json"});
  EXPECT_TRUE(takes_json(dladm, {"dladm", "show-link", "-C", "net0"}));
  EXPECT_TRUE(takes_json(dladm, {"dladm", "show-phys"}));
  EXPECT_FALSE(takes_json(dladm, {"dladm"}));
  EXPECT_FALSE(takes_json(dladm, {"dladm", "set-linkprop"}));
  EXPECT_FALSE(takes_json(dladm, {"dladm", "show-linkprop", "net0"}));  // -p is required
  EXPECT_TRUE(takes_json(dladm, {"dladm", "show-linkprop", "-p", "speed", "net0"}));
}

TEST(JsonForms, NestedBracketsAndAFormAfterZlogin) {
  const CommandManual virtinfo =
      manual("virtinfo", {{"list", {"-H", "-o"}}}, {"virtinfo [-c class] [list [-H] [-o field[,...]]] [name ...] --json"});
  EXPECT_TRUE(takes_json(virtinfo, {"virtinfo"}));
  EXPECT_TRUE(takes_json(virtinfo, {"virtinfo", "list", "-o", "name,class", "kernel-zone"}));
  const CommandManual zpool = manual("zpool", {{"status", {}}, {"create", {}}}, {"zlogin zonename zpool status [pool] --json"});
  EXPECT_TRUE(takes_json(zpool, {"zlogin", "kz1", "zpool", "status"}));
  EXPECT_FALSE(takes_json(zpool, {"zlogin", "kz1", "zpool", "create"}));
  EXPECT_FALSE(takes_json(zpool, {"zpool", "status"}));  // only inside a zone
}

TEST(JsonForms, ACommandWithoutFormsTakesNone) {
  EXPECT_FALSE(takes_json(manual("uname", {}, {}), {"uname"}));
}

}  // namespace
}  // namespace kzsim::zones
