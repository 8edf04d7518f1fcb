#pragma once
// `kzsim run --record`: writes what the run steps printed into the scenario file's text, keeping
// everything else (comments, key order, quoting of other values) as it was.
#include <map>
#include <string>

#include "core/scenario/scenario.hpp"

namespace kzsim::scenario {

// `actual` maps step numbers (1-based) of run steps to what they printed. In each such step's
// expect block, the values of exit, stdout, stderr and output are replaced; exit is added when
// missing, and output when none of stdout, stderr and output is there. A step without expect
// gets one with exit and output after its last key. -contains and -matches keys are kept.
// Refuses (InputError) a step or expect block written in flow style ({...}).
std::string record_expectations(const std::string& text, const std::string& file,
                                const std::map<int, Transcript>& actual);

}  // namespace kzsim::scenario
