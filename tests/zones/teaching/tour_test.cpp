#include "zones/teaching/tour.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/shell/streams.hpp"
#include "tests/zones/teaching/teaching_paths.hpp"

namespace kzsim::zones {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(Tour, EveryChapterFollowsASectionOfTheGuide) {
  std::ifstream file(KZSIM_GUIDE_CONTENTS);
  std::stringstream guide;
  guide << file.rdbuf();
  const Tour& tour = builtin_tour();
  ASSERT_GE(tour.chapters.size(), 7u);
  for (const TourChapter& chapter : tour.chapters)
    EXPECT_THAT(guide.str(), HasSubstr("\n" + chapter.section + "\t" + chapter.page + "\n")) << chapter.title;
}

constexpr std::string_view kTour =
    "world: w.yaml\nchapters:\n  - title: One\n    section: S\n    page: 1-1\n    steps:\n"
    "      - say: Say it.\n        run: uname -s\n        shows: [SunOS]\n"
    "      - run: zoneadm -z nosuch boot\n        exit: 0\n";

TEST(Tour, NarratesEachStepAndReportsWhatItDidNotShow) {
  const Tour tour = Tour::from_yaml("t.yaml", kTour);
  auto world = builtin_tour_world();
  shell::RecordingStreams out;
  const auto mismatches = run_tour(tour, *world, out, [] {});
  EXPECT_THAT(out.out(), HasSubstr("== Chapter 1 of 1: One\n   guide: \"S\", page 1-1\n\nSay it.\n\nglobal1# uname -s\nSunOS\n"));
  EXPECT_THAT(mismatches, ElementsAre("t.yaml:10:9: zoneadm -z nosuch boot: exit 1, expected 0"));
}

TEST(Tour, CallsBeforeEachStep) {
  const Tour tour = Tour::from_yaml("t.yaml", kTour);
  auto world = builtin_tour_world();
  shell::RecordingStreams out;
  int calls = 0;
  run_tour(tour, *world, out, [&] { ++calls; });
  EXPECT_EQ(calls, 2);
}

void expect_refused(const std::string& text, std::string_view expected) {
  try {
    Tour::from_yaml("t.yaml", text);
    ADD_FAILURE() << "accepted";
  } catch (const InputError& error) {
    EXPECT_THAT(error.message(), HasSubstr(std::string(expected)));
    EXPECT_EQ(error.where().file, "t.yaml");
    EXPECT_GT(error.where().line, 0);
  }
}

TEST(Tour, RefusesBadSteps) {
  expect_refused(std::string(kTour) + "        colour: red\n", "unknown key 'colour'");
  expect_refused(std::string(kTour) + "        output: some\n", "shown or counted");
  expect_refused("world: w.yaml\nchapters:\n  - title: One\n    section: S\n    page: 1-1\n    steps: []\n",
                 "at least one step");
}

}  // namespace
}  // namespace kzsim::zones
