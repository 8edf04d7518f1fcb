#include "zones/teaching/synopsis_form.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace kzsim::zones {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

CommandManual manual(std::string name, std::vector<std::string> synopsis) {
  CommandManual made;
  made.name = std::move(name);
  made.synopsis = std::move(synopsis);
  return made;
}

TEST(SynopsisForm, AGroupFollowedByEllipsisRepeats) {
  const CommandManual coreadm = manual("coreadm", {"coreadm [-g pattern] [-d option]... [-e option]..."});
  EXPECT_THAT(repeating_options(coreadm), ElementsAre("-d", "-e"));
}

TEST(SynopsisForm, AnOptionWhoseValueIsFollowedByEllipsisRepeats) {
  const CommandManual dladm = manual("dladm", {"dladm create-aggr -l link [-l link...] [-m dlmp] aggr-link"});
  EXPECT_THAT(repeating_options(dladm), ElementsAre("-l"));
}

TEST(SynopsisForm, AValueListingSeveralIsGivenOnce) {
  const CommandManual lists = manual("virtinfo", {"virtinfo [-c class] [list [-H] [-o field[,...]]] [name ...]",
                                                  "virtinfo show [-o field,...] [name]..."});
  EXPECT_THAT(repeating_options(lists), IsEmpty());
}

TEST(SynopsisForm, ClustersAndNestedGroups) {
  const CommandManual svcs = manual("svcs", {"svcs [[-aHvx] [-o col]]... [FMRI | pattern]..."});
  const SynopsisForm form = SynopsisForm::read(svcs, svcs.synopsis.front());
  EXPECT_THAT(form.repeated, ElementsAre("-H", "-a", "-o", "-v", "-x"));
  EXPECT_THAT(form.valued, ElementsAre("-o"));
  EXPECT_TRUE(form.operands);
}

// A bracket closed where none is open (a typing error in commands.yaml) is read, not a crash.
TEST(SynopsisForm, AnUnbalancedBracketIsRead) {
  const CommandManual odd = manual("odd", {"odd -x]... [-y"});
  EXPECT_THAT(repeating_options(odd), IsEmpty());
}

}  // namespace
}  // namespace kzsim::zones
