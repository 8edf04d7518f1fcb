#include "core/scenario/scenario_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/error.hpp"

namespace kzsim::scenario {
namespace {

namespace fs = std::filesystem;

TEST(ScenarioFiles, ExpandsDirectoriesToSortedYamlFilesBelowThem) {
  fs::path dir = fs::temp_directory_path() / "kzsim-scenario-files-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  for (const char* name : {"b.yaml", "a.yaml", "sub/c.yaml", "notes.txt"}) std::ofstream(dir / name);
  std::string single = (dir / "notes.txt").string();
  EXPECT_EQ(scenario_files({dir.string(), single}),
            (std::vector<std::string>{(dir / "a.yaml").string(), (dir / "b.yaml").string(),
                                      (dir / "sub/c.yaml").string(), single}));
  fs::remove_all(dir);
}

TEST(ScenarioFiles, RefusesMissingPathsAndEmptyDirectories) {
  try {
    scenario_files({"/nonexistent/x.yaml"});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "/nonexistent/x.yaml: no such file or directory; expected a scenario "
                           "file or a directory of them");
  }
  fs::path empty = fs::temp_directory_path() / "kzsim-scenario-files-empty";
  fs::create_directories(empty);
  try {
    scenario_files({empty.string()});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.what(), empty.string() + ": no *.yaml files below this directory; expected at "
                                         "least one scenario");
  }
  fs::remove_all(empty);
}

}  // namespace
}  // namespace kzsim::scenario
