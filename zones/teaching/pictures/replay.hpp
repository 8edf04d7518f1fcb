#pragma once
// A scenario replayed in a fresh world for the pictures and the report: every step runs
// whatever it prints; expectations are not checked.
#include <functional>
#include <string>

#include "core/scenario/scenario.hpp"
#include "zones/world.hpp"

namespace kzsim::zones::pictures {

struct ReplayedStep {
  const scenario::Step& step;
  std::string command;              // the run step's command line, "advance 600 s" or "fault link-down"
  scenario::Transcript transcript;  // empty for advance and fault steps
};

// Calls before(world, step) ahead of each step and after(world, replayed) once it ran.
void replay(const scenario::Scenario& scenario, const std::function<void(const World&, const scenario::Step&)>& before,
            const std::function<void(const World&, const ReplayedStep&)>& after);

}  // namespace kzsim::zones::pictures
