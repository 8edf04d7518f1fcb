#pragma once
// `kzsim picture report`: one offline HTML page of a scenario's replay (replay.hpp): its hosts,
// its transcript, and inline the pictures that apply to it: each zone's states, each live
// migration's rounds and downtime, each kernel zone's nested page walk, and the cpu-arch class
// graph of each architecture its hosts have. No external resources; the same scenario gives the
// same bytes.
#include <string>

#include "core/scenario/scenario.hpp"

namespace kzsim::zones::pictures {

std::string scenario_report(const scenario::Scenario& scenario);

}  // namespace kzsim::zones::pictures
