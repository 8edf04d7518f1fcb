#include "core/scenario/run.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <map>

#include "core/scenario/check.hpp"
#include "core/scenario/load.hpp"
#include "core/scenario/record.hpp"

namespace kzsim::scenario {

namespace {

enum class Outcome { passed, failed, invalid };

std::string prompt(const RunStep& run) {
  return run.user == "root" ? fmt::format("{}$ ", run.host)
                            : fmt::format("{}@{}$ ", run.user, run.host);
}

// The largest unit that counts the duration exactly: 600s -> "10m", 1500ms -> "1500ms".
std::string describe(SimDuration duration) {
  static constexpr struct { std::int64_t nanoseconds; const char* unit; } units[] = {
      {3'600'000'000'000, "h"}, {60'000'000'000, "m"}, {1'000'000'000, "s"},
      {1'000'000, "ms"},        {1'000, "us"},         {1, "ns"}};
  std::int64_t count = duration.count();
  for (const auto& u : units)
    if (count % u.nanoseconds == 0 && count != 0) return fmt::format("{}{}", count / u.nanoseconds, u.unit);
  return "0s";
}

std::string describe(const FaultStep& fault) {
  const std::string what = fault.between ? fmt::format("{} {} {}", fault.kind, fault.between->first, fault.between->second)
                                          : fmt::format("{} {}", fault.kind, fault.host ? *fault.host : fault.uri.value_or(""));
  if (!fault.after) return what;
  return fmt::format("{} after {}", what, std::chrono::duration_cast<std::chrono::milliseconds>(*fault.after));
}

void show_output(const std::string& text, std::ostream& out) {
  out << text;
  if (!text.empty() && text.back() != '\n') out << '\n';
}

// What the step's meanwhile commands printed at their terminal, after the step's own output.
void show_meanwhile(const RunStep& run, const Transcript& actual, std::ostream& out) {
  for (std::size_t i = 0; i < actual.meanwhile.size(); ++i) {
    const Meanwhile& other = run.meanwhile[i];
    out << fmt::format("# meanwhile, before stdin line {}: {}{}\n", other.before_line, prompt(other.run),
                       other.run.command);
    show_output(actual.meanwhile[i].interleaved, out);
  }
}

void report_failure(const Scenario& scenario, const Step& step, const RunStep& run,
                    const std::vector<std::string>& mismatches, std::ostream& report) {
  report << fmt::format("FAIL {}: step {} (line {}): {}{}\n", scenario.file, step.number,
                        step.where.line, prompt(run), run.command);
  for (const std::string& mismatch : mismatches) report << mismatch;
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!(file << text) || !file.flush())
    throw InputError("cannot write the recorded scenario; expected a writable file", {path});
}

// Records, then checks that the file as written holds for what was recorded: -contains and
// -matches keys, which recording does not change, may still fail.
Outcome record(const Scenario& scenario, const std::map<int, Transcript>& actual,
               std::ostream& report) {
  std::ifstream in(scenario.file, std::ios::binary);
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  write_file(scenario.file, record_expectations(text, scenario.file, actual));
  Scenario written = load_scenario(scenario.file);
  for (const auto& [number, transcript] : actual) {
    const Step& step = written.steps[static_cast<std::size_t>(number - 1)];
    const auto& run = std::get<RunStep>(step.action);
    auto mismatches = check_run(run, transcript);
    if (!mismatches.empty()) {
      report_failure(written, step, run, mismatches, report);
      return Outcome::failed;
    }
  }
  return Outcome::passed;
}

Outcome replay(const Scenario& scenario, World& world, const RunOptions& options,
               std::ostream& out, std::ostream& report) {
  std::map<int, Transcript> recorded;
  if (options.show) out << fmt::format("# {}\n", scenario.file);
  for (const Step& step : scenario.steps) {
    if (const auto* run = std::get_if<RunStep>(&step.action)) {
      if (options.show) out << prompt(*run) << run->command << '\n';
      Transcript actual = world.run(*run);
      if (options.show) show_output(actual.interleaved, out);
      if (options.show) show_meanwhile(*run, actual, out);
      if (options.record) {
        recorded[step.number] = actual;
      } else {
        auto mismatches = check_run(*run, actual);
        if (!mismatches.empty()) {
          report_failure(scenario, step, *run, mismatches, report);
          return Outcome::failed;
        }
      }
    } else if (const auto* advance = std::get_if<AdvanceStep>(&step.action)) {
      if (options.show) out << fmt::format("# advance {}\n", describe(advance->by));
      try {
        world.advance(advance->by);
      } catch (const InputError& e) {  // the commands' own time took the clock near its end
        throw InputError(fmt::format("advance: {}", e.message()), step.where);
      }
    } else {
      const auto& fault = std::get<FaultStep>(step.action);
      if (options.show) out << fmt::format("# fault {}\n", describe(fault));
      try {
        world.fault(fault);
      } catch (const InputError& e) {  // an after the commands' own time took past the clock's end
        throw InputError(fmt::format("fault: {}", e.message()), step.where);
      }
    }
  }
  return options.record ? record(scenario, recorded, report) : Outcome::passed;
}

Outcome run_file(const std::string& path, const WorldBuilder& build, const RunOptions& options,
                 std::ostream& out, std::ostream& report) {
  try {
    Scenario scenario = load_scenario(path);
    if (options.seed) scenario.seed = *options.seed;
    std::unique_ptr<World> world = build(scenario);
    return replay(scenario, *world, options, out, report);
  } catch (const InputError& e) {
    report << "kzsim: " << e.what() << '\n';
    return Outcome::invalid;
  } catch (const std::exception& e) {
    report << fmt::format("kzsim: {}: the simulator failed: {}\n", path, e.what());
    return Outcome::failed;
  }
}

}  // namespace

int run_scenarios(const std::vector<std::string>& files, const WorldBuilder& build,
                  const RunOptions& options, std::ostream& out, std::ostream& report) {
  int passed = 0, failed = 0;
  bool any_invalid = false;
  for (const std::string& file : files) {
    Outcome outcome = run_file(file, build, options, out, report);
    if (outcome == Outcome::passed) ++passed;
    else ++failed;
    any_invalid = any_invalid || outcome == Outcome::invalid;
  }
  out << fmt::format("{} passed, {} failed\n", passed, failed);
  return any_invalid ? 2 : failed > 0 ? 1 : 0;
}

}  // namespace kzsim::scenario
