// The writer is killed (SIGKILL, from its own KillSwitch) before every write step of every save
// of a session: each time, the directory then holds exactly the world before the command or the
// world after it, and the next command runs on it and saves. RELIABILITY.md lists the points.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include "tests/zones/persistence/persistence_world.hpp"
#include "zones/persistence/world_store.hpp"

namespace kzsim::zones::persistence {
namespace {

using testing::canonical;
using testing::run_on;

struct Step {
  std::string command;
  std::string host;
};

const std::vector<Step> kSteps = {
    {testing::configure_kz(), "global1"},
    {"zoneadm -z kz install", "global1"},
    {"zoneadm -z kz boot", "global1"},
    {"zoneadm -z kz suspend", "global1"},
    {"zoneadm -z kz boot", "global1"},
    {"svcadm disable ntp", "global1"},
    {"zoneadm -z kz halt; zoneadm -z kz detach", "global1"},
    {"zonecfg -z kz export -f /var/tmp/kz.cfg; cat /var/tmp/kz.cfg | ssh global2 zonecfg -z kz -f -", "global1"},
    {"zoneadm -z kz attach -x force-takeover; zoneadm -z kz boot", "global2"},
    {"rm /var/tmp/kz.cfg", "global1"},
};

void copy_directory(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::filesystem::remove_all(to);
  std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
}

// Runs `step` on the world in `directory` and saves it, in a child killed before write step
// `kill_at`; whether the child died of SIGKILL.
bool killed_while_saving(const std::filesystem::path& directory, const Step& step, std::uint64_t kill_at) {
  const pid_t child = ::fork();
  if (child == 0) {
    try {
      WorldStore store(directory, kill_at);
      auto world = store.load();
      run_on(*world, step.command, step.host);
      store.save(*world);
    } catch (...) {
      ::_exit(2);
    }
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

TEST(KillPoints, EveryWriteStepOfEverySaveLeavesTheLastCommittedWorld) {
  testing::ScratchDirectory scratch;
  const auto committed = scratch.path() / "committed", trial = scratch.path() / "trial";
  std::unique_ptr<World> world = testing::two_host_world();
  WorldStore(committed).save(*world);
  int points = 0, found_before = 0, found_after = 0;
  for (std::size_t index = 0; index < kSteps.size(); ++index) {
    const Step& step = kSteps[index];
    const std::string before = canonical(*world);
    run_on(*world, step.command, step.host);
    const std::string after = canonical(*world);
    copy_directory(committed, trial);
    std::uint64_t steps = 0;
    {
      WorldStore measure(trial);
      measure.save(*world);
      steps = measure.steps();
    }
    for (std::uint64_t kill_at = 1; kill_at <= steps; ++kill_at) {
      copy_directory(committed, trial);
      ASSERT_TRUE(killed_while_saving(trial, step, kill_at)) << step.command << " step " << kill_at;
      WorldStore store(trial);
      auto loaded = store.load();
      const std::string found = canonical(*loaded);
      ASSERT_TRUE(found == before || found == after) << step.command << ": kill before write step " << kill_at
                                                     << " left a world that is neither before nor after";
      (found == before ? found_before : found_after) += 1;
      // The next command runs on what was left, and its save loads back whole.
      run_on(*loaded, "zoneadm list -cv; svcs -a", step.host);
      store.save(*loaded);
      ASSERT_EQ(canonical(*store.load()), canonical(*loaded)) << step.command << " step " << kill_at;
      ++points;
    }
    WorldStore(committed).save(*world);
  }
  RecordProperty("kill_points", points);
  std::printf("kill points: %d (world before the command: %d, after: %d)\n", points, found_before, found_after);
  EXPECT_GE(points, 100);
  EXPECT_GT(found_before, 0);
  EXPECT_GT(found_after, 0);
}

TEST(KillPoints, KilledFirstSaveLeavesADirectoryANewWorldStartsIn) {
  testing::ScratchDirectory scratch;
  const auto directory = scratch.path() / "new";
  auto world = testing::two_host_world();
  std::uint64_t steps = 0;
  {
    testing::ScratchDirectory measure;
    WorldStore store(measure.path() / "w");
    store.save(*world);
    steps = store.steps();
  }
  for (std::uint64_t kill_at = 1; kill_at <= steps; ++kill_at) {
    std::filesystem::remove_all(directory);
    const pid_t child = ::fork();
    if (child == 0) {
      WorldStore(directory, kill_at).save(*world);
      ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << kill_at;
    WorldStore store(directory);  // not refused as foreign
    if (store.holds_world()) {
      EXPECT_EQ(canonical(*store.load()), canonical(*world)) << kill_at;
    }
    store.save(*world);
    EXPECT_EQ(canonical(*store.load()), canonical(*world)) << kill_at;
  }
}

}  // namespace
}  // namespace kzsim::zones::persistence
