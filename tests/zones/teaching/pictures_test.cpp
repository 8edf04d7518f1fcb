// The pictures are parsed as XML: well-formed, with the elements and labels they claim.
#include "zones/teaching/pictures/pictures.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "core/scenario/load.hpp"
#include "zones/teaching/pictures/readable_units.hpp"
#include "zones/teaching/pictures/svg.hpp"

namespace kzsim::zones::pictures {
namespace {

using boost::property_tree::ptree;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

ptree parsed(const std::string& svg) {
  std::istringstream in(svg);
  ptree tree;
  boost::property_tree::read_xml(in, tree);  // throws on a document that is not well-formed
  return tree;
}

// Elements named `name` anywhere under `node`, with the text of their <title> child.
void collect(const ptree& node, std::string_view name, std::vector<std::string>& titles) {
  for (const auto& [child_name, child] : node) {
    if (child_name == name) titles.push_back(child.get<std::string>("title", ""));
    collect(child, name, titles);
  }
}

std::vector<std::string> titles_of(const std::string& svg, std::string_view element) {
  std::vector<std::string> titles;
  collect(parsed(svg).get_child("svg"), element, titles);
  return titles;
}

std::vector<std::string> texts_of(const std::string& svg) {
  std::vector<std::string> texts;
  const ptree tree = parsed(svg);
  for (const auto& [name, child] : tree.get_child("svg"))
    if (name == "text") texts.push_back(child.get_value<std::string>());
  return texts;
}

std::size_t count_with(const std::vector<std::string>& titles, std::string_view part) {
  return static_cast<std::size_t>(std::ranges::count_if(titles, [&](const std::string& t) { return t.find(part) != std::string::npos; }));
}

TEST(Svg, EscapesWhatXmlReserves) {
  Svg svg(10, 10, "a < b & \"c\"");
  svg.text(1, 1, "<x>");
  EXPECT_THAT(texts_of(svg.finish()), ElementsAre("<x>"));
}

TEST(ReadableUnits, ChooseTheUnitByMagnitude) {
  EXPECT_EQ(readable_size(512), "512 B");
  EXPECT_EQ(readable_size(16.0 * GiB), "16 GiB");
  EXPECT_EQ(readable_size(251176798), "239.5 MiB");
  EXPECT_EQ(readable_size(1536), "1.5 KiB");
  EXPECT_EQ(readable_duration(0.2), "0.2 ms");
  EXPECT_EQ(readable_duration(201), "201 ms");
  EXPECT_EQ(readable_duration(23940.5), "23.9 s");
  EXPECT_EQ(readable_duration(276000), "4.6 min");
  EXPECT_EQ(readable_duration(16492677.4), "4.6 h");
}

TEST(Pictures, MigrationTimelineHasOneBarPerRoundAndTheDowntime) {
  const PrecopyLink link{10e9 / 8, std::chrono::microseconds(100)};
  Precopy copy(16 * GiB, 512.0 * MiB, link);
  while (!copy.converged()) copy.next_round();
  const std::string svg = migration_timeline_picture(16 * GiB, 512.0 * MiB, link);
  const auto bars = titles_of(svg, "rect");
  EXPECT_EQ(count_with(bars, "pre-copy round"), static_cast<std::size_t>(copy.rounds()));
  EXPECT_EQ(count_with(bars, "stop-and-copy"), 1u);
  // Sizes and times in units chosen by magnitude, the downtime named beside its bar.
  EXPECT_THAT(texts_of(svg), ::testing::Contains("stop-and-copy: 239.5 MiB sent, downtime 201 ms"));
  EXPECT_THAT(texts_of(svg), ::testing::Contains("downtime 201 ms"));
  EXPECT_THAT(texts_of(svg), ::testing::Contains("23.9 s"));
  EXPECT_EQ(svg, migration_timeline_picture(16 * GiB, 512.0 * MiB, link));  // deterministic
}

TEST(Pictures, MigrationThatNeverConvergesSaysSo) {
  const std::string svg = migration_timeline_picture(16 * GiB, 4.0 * GiB, {1e9 / 8, std::chrono::microseconds(100)});
  EXPECT_EQ(count_with(titles_of(svg, "rect"), "stop-and-copy"), 0u);
  EXPECT_THAT(svg, HasSubstr("no convergence after 30 rounds"));
}

TEST(Pictures, NestedWalkNumbersEveryReference) {
  const auto& haswell = catalog::Catalog::builtin().require_model("intel-haswell");
  const auto four_by_four = titles_of(page_walk_picture(haswell, 4 * KiB, 4 * KiB), "rect");
  EXPECT_EQ(count_with(four_by_four, "reference "), 24u);  // (4+1)(4+1)-1
  EXPECT_EQ(count_with(four_by_four, "guest page-table level"), 4u);
  const std::string backed_by_2m = page_walk_picture(haswell, 4 * KiB, 2 * MiB);
  EXPECT_EQ(count_with(titles_of(backed_by_2m, "rect"), "reference "), 19u);  // (4+1)(3+1)-1
  EXPECT_THAT(texts_of(backed_by_2m), ::testing::Contains(HasSubstr("19 memory references per TLB miss")));
}

TEST(Pictures, ClassGraphHasABoxPerClassAndArrows) {
  const auto& catalog = catalog::Catalog::builtin();
  const std::string svg = class_graph_picture(catalog, catalog::Arch::Sparc);
  std::size_t classes = 0;
  for (const auto& migration_class : catalog.classes()) classes += migration_class.arch == catalog::Arch::Sparc;
  const auto boxes = titles_of(svg, "rect");
  EXPECT_EQ(count_with(boxes, "features; provided by"), classes);
  EXPECT_EQ(count_with(boxes, "SPARC-T5: "), 1u);
  EXPECT_THAT(boxes, ::testing::Contains(HasSubstr("migration-class1: ")));
  EXPECT_GT(titles_of(svg, "line").size(), 0u);
}

TEST(Pictures, StatePathFollowsTheZone) {
  const auto scenario = scenario::load_scenario_text(
      "format: 1\nname: states\nhosts:\n  global: {machine: sparc-t7}\nsteps:\n"
      "  - run: zonecfg -z kz1 'create -t SYSsolaris-kz'\n  - run: zoneadm -z kz1 install\n"
      "  - run: zoneadm -z kz1 boot\n  - advance: 1m\n  - run: zoneadm -z kz1 halt\n",
      "states.yaml");
  const auto path = zone_state_path(scenario, "", "kz1");
  std::vector<std::string> states;
  for (const StateVisit& visit : path) states.push_back(visit.state);
  EXPECT_THAT(states, ElementsAre("configured", "installed", "running", "running", "installed"));
  const auto points = titles_of(state_path_picture("kz1", path), "circle");
  ASSERT_EQ(points.size(), 5u);
  EXPECT_EQ(points[2], "step 3: zoneadm -z kz1 boot -> running");
  EXPECT_EQ(points[3], "step 4: advance 60 s -> running");
  // The commands are printed under the chart, not only in the points' tooltips.
  EXPECT_THAT(texts_of(state_path_picture("kz1", path)), ::testing::Contains("3: zoneadm -z kz1 boot"));
}

TEST(Pictures, ClassGraphNamesTheModelsAndWhyAFamilyIsAbsent) {
  const std::string svg = class_graph_picture(catalog::Catalog::builtin(), catalog::Arch::X86);
  const auto texts = texts_of(svg);
  EXPECT_THAT(texts, ::testing::Contains(HasSubstr("intel-haswell")));
  std::string all;  // the reason is wrapped over lines at the picture's width
  for (const std::string& text : texts) all += text + " ";
  EXPECT_THAT(all, HasSubstr("cpu-arch resource type is not available for AMD systems"));
  EXPECT_THAT(texts, ::testing::Not(::testing::Contains(HasSubstr(" 1 models"))));
}

}  // namespace
}  // namespace kzsim::zones::pictures
