#include "zones/teaching/pictures/replay.hpp"

#include <fmt/format.h>

#include <chrono>
#include <variant>

namespace kzsim::zones::pictures {

namespace {

struct StepRunner {
  World& world;
  ReplayedStep& replayed;
  void operator()(const scenario::RunStep& step) const {
    replayed.transcript = world.run(step);
    replayed.command = step.command;
  }
  void operator()(const scenario::AdvanceStep& step) const {
    world.advance(step.by);
    replayed.command =
        fmt::format("advance {} s", std::chrono::duration_cast<std::chrono::seconds>(step.by).count());
  }
  void operator()(const scenario::FaultStep& step) const {
    world.fault(step);
    replayed.command = "fault " + step.kind;
  }
};

}  // namespace

void replay(const scenario::Scenario& scenario, const std::function<void(const World&, const scenario::Step&)>& before,
            const std::function<void(const World&, const ReplayedStep&)>& after) {
  auto built = scenario::build_world(scenario);
  World& world = dynamic_cast<World&>(*built);
  for (const scenario::Step& step : scenario.steps) {
    if (before) before(world, step);
    ReplayedStep replayed{step, {}, {}};
    std::visit(StepRunner{world, replayed}, step.action);
    after(world, replayed);
  }
}

}  // namespace kzsim::zones::pictures
