#include "core/scenario/run.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kzsim::scenario {
namespace {

namespace fs = std::filesystem;

// Answers `echo WORDS` and `fail`; anything else is a command it does not know. A step's
// meanwhile commands run first (it reads no stdin).
class FakeWorld : public World {
 public:
  explicit FakeWorld(std::vector<std::string>& log) : log_(log) {}
  Transcript run(const RunStep& step) override {
    std::vector<Transcript> meanwhile;
    for (const Meanwhile& other : step.meanwhile) meanwhile.push_back(run(other.run));
    Transcript transcript = answer(step);
    transcript.meanwhile = std::move(meanwhile);
    return transcript;
  }
  Transcript answer(const RunStep& step) {
    log_.push_back(step.user + "@" + step.host + " " + step.command);
    if (step.command == "crash") throw std::runtime_error("simulator bug");
    if (step.command.starts_with("echo ")) {
      std::string text = step.command.substr(5) + "\n";
      return {text, "", text, 0, {}};
    }
    if (step.command == "fail") return {"partial\n", "failed\n", "partial\nfailed\n", 1, {}};
    std::string error = step.command + ": not found\n";
    return {"", error, error, 127, {}};
  }
  void advance(SimDuration by) override {
    log_.push_back(fmt::format("advance {}", std::chrono::duration_cast<std::chrono::seconds>(by).count()));
  }
  void fault(const FaultStep& fault) override { log_.push_back("fault " + fault.kind); }

 private:
  std::vector<std::string>& log_;
};

class RunScenarios : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           fmt::format("kzsim-run-test-{}", testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& steps) {
    std::string path = (dir_ / name).string();
    std::ofstream(path) << "format: 1\nname: t\nhosts:\n  g1:\n    machine: sparc-t5\n"
                        << "users: [{name: jdoe}]\n" << steps;
    return path;
  }
  std::string read(const std::string& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  int run(const std::vector<std::string>& files, RunOptions options = {}) {
    out_.str("");
    report_.str("");
    return run_scenarios(files, builder_, options, out_, report_);
  }

  static RunOptions recording() {
    RunOptions options;
    options.record = true;
    return options;
  }

  fs::path dir_;
  std::vector<std::string> log_;
  std::optional<std::uint64_t> seed_seen_;
  WorldBuilder builder_ = [this](const Scenario& scenario) -> std::unique_ptr<World> {
    seed_seen_ = scenario.seed;
    if (scenario.hosts[0].machine.value == "unknown-model")
      throw InputError("unknown model id", scenario.hosts[0].machine.where);
    return std::make_unique<FakeWorld>(log_);
  };
  std::ostringstream out_, report_;
};

TEST_F(RunScenarios, PassesWhenEveryExpectationHolds) {
  auto file = write("a.yaml", "steps:\n  - run: echo hello\n    expect:\n      exit: 0\n"
                              "      stdout: |\n        hello\n  - advance: 10m\n"
                              "  - fault: {kind: host-crash, host: g1}\n  - run: fail\n");
  EXPECT_EQ(run({file}), 0);
  EXPECT_EQ(out_.str(), "1 passed, 0 failed\n");
  EXPECT_EQ(report_.str(), "");
  EXPECT_EQ(log_, (std::vector<std::string>{"root@g1 echo hello", "advance 600", "fault host-crash",
                                            "root@g1 fail"}));
}

TEST_F(RunScenarios, ReportsTheFirstFailingStepWithADiffAndStopsThatFile) {
  auto file = write("a.yaml", "steps:\n  - run: echo hi\n  - run: fail\n    expect:\n      exit: 0\n"
                              "      stdout: |\n        all\n  - run: echo never\n");
  EXPECT_EQ(run({file}), 1);
  EXPECT_EQ(report_.str(), fmt::format("FAIL {}: step 2 (line 9): g1$ fail\n"
                                       "exit: expected 0, got 1\n"
                                       "stdout:\n--- expected stdout\n+++ actual stdout\n"
                                       "@@ -1 +1 @@\n-all\n+partial\n",
                                       file));
  EXPECT_EQ(out_.str(), "0 passed, 1 failed\n");
  EXPECT_EQ(log_.size(), 2u);
}

TEST_F(RunScenarios, GoesOnWithTheNextFileAfterAFailure) {
  auto bad = write("a.yaml", "steps:\n  - run: fail\n    expect: {exit: 0}\n");
  auto good = write("b.yaml", "steps:\n  - run: echo ok\n    expect: {stdout: \"ok\\n\"}\n");
  EXPECT_EQ(run({bad, good}), 1);
  EXPECT_EQ(out_.str(), "1 passed, 1 failed\n");
}

TEST_F(RunScenarios, AnInvalidFileExitsWith2BeforeAnyStepRuns) {
  auto invalid = write("a.yaml", "steps:\n  - run: echo hi\n  - run: echo x\n    host: g7\n");
  auto failing = write("b.yaml", "steps:\n  - run: fail\n    expect: {exit: 0}\n");
  EXPECT_EQ(run({invalid, failing}), 2);
  EXPECT_EQ(report_.str().substr(0, report_.str().find('\n')),
            fmt::format("kzsim: {}:10:11: steps[2].host: unknown host 'g7'; expected one of: g1", invalid));
  EXPECT_EQ(log_, std::vector<std::string>{"root@g1 fail"});
  EXPECT_EQ(out_.str(), "0 passed, 2 failed\n");
}

TEST_F(RunScenarios, WhatTheWorldBuilderRefusesIsInvalid) {
  std::string path = (dir_ / "m.yaml").string();
  std::ofstream(path) << "format: 1\nname: t\nhosts:\n  g1: {machine: unknown-model}\nsteps: []\n";
  EXPECT_EQ(run({path}), 2);
  EXPECT_EQ(report_.str(), fmt::format("kzsim: {}:4:17: unknown model id\n", path));
}

TEST_F(RunScenarios, ASimulatorFailureFailsTheFileWithoutCrashing) {
  auto file = write("a.yaml", "steps:\n  - run: crash\n");
  EXPECT_EQ(run({file}), 1);
  EXPECT_EQ(report_.str(), fmt::format("kzsim: {}: the simulator failed: simulator bug\n", file));
}

TEST_F(RunScenarios, ShowPrintsATerminalTranscript) {
  auto file = write("a.yaml", "steps:\n  - run: echo hello\n  - run: nope\n    user: jdoe\n"
                              "  - advance: 90s\n  - fault: {kind: host-boot, host: g1}\n");
  RunOptions options;
  options.show = true;
  EXPECT_EQ(run({file}, options), 0);
  EXPECT_EQ(out_.str(), fmt::format("# {}\ng1$ echo hello\nhello\njdoe@g1$ nope\nnope: not found\n"
                                    "# advance 90s\n# fault host-boot g1\n1 passed, 0 failed\n",
                                    file));
}

TEST_F(RunScenarios, MeanwhileCommandsAreShownAndChecked) {
  const std::string step = "steps:\n  - run: echo main\n    stdin: x\n    meanwhile:\n"
                           "      - {before-line: 1, run: echo other, expect: {stdout: \"";
  RunOptions options;
  options.show = true;
  auto good = write("a.yaml", step + "other\\n\"}}\n");
  EXPECT_EQ(run({good}, options), 0);
  EXPECT_EQ(out_.str(), fmt::format("# {}\ng1$ echo main\nmain\n# meanwhile, before stdin line 1: g1$ echo other\n"
                                    "other\n1 passed, 0 failed\n",
                                    good));
  EXPECT_EQ(log_, (std::vector<std::string>{"root@g1 echo other", "root@g1 echo main"}));
  auto bad = write("b.yaml", step + "else\\n\"}}\n");
  EXPECT_EQ(run({bad}), 1);
  EXPECT_EQ(report_.str(), fmt::format("FAIL {}: step 1 (line 8): g1$ echo main\n"
                                       "meanwhile[1] (line 11, before stdin line 1): echo other:\n"
                                       "stdout:\n--- expected stdout\n+++ actual stdout\n@@ -1 +1 @@\n-else\n+other\n",
                                       bad));
}

TEST_F(RunScenarios, SeedOverridesTheFile) {
  auto file = write("a.yaml", "seed: 7\nsteps: []\n");
  run({file});
  EXPECT_EQ(seed_seen_, 7u);
  RunOptions options;
  options.seed = 42;
  run({file}, options);
  EXPECT_EQ(seed_seen_, 42u);
}

TEST_F(RunScenarios, RecordWritesOutputsThatThenReplay) {
  auto file = write("a.yaml", "steps:\n  # greet\n  - run: echo hello\n    expect:\n      exit: 3\n"
                              "  - run: fail\n");
  EXPECT_EQ(run({file}, recording()), 0);
  EXPECT_EQ(read(file), "format: 1\nname: t\nhosts:\n  g1:\n    machine: sparc-t5\n"
                        "users: [{name: jdoe}]\nsteps:\n  # greet\n  - run: echo hello\n"
                        "    expect:\n      exit: 0\n      output: |\n        hello\n"
                        "  - run: fail\n    expect:\n      exit: 1\n      output: |\n"
                        "        partial\n        failed\n");
  EXPECT_EQ(run({file}), 0);
}

TEST_F(RunScenarios, RecordStillChecksWhatItDoesNotRewrite) {
  auto file = write("a.yaml", "steps:\n  - run: echo hello\n    expect:\n      stdout-contains: [bye]\n");
  EXPECT_EQ(run({file}, recording()), 1);
  EXPECT_EQ(report_.str(), fmt::format("FAIL {}: step 1 (line 8): g1$ echo hello\n"
                                       "stdout-contains: 'bye' not found in stdout:\n  | hello\n",
                                       file));
}

}  // namespace
}  // namespace kzsim::scenario
