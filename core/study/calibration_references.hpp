#pragma once
// Published latency-vs-working-set measurements (machine/<arch>/*-calibration.yaml): per model,
// a page size and points of cycles plus nanoseconds, each a value or a published range.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/units.hpp"

namespace kzsim::study {

struct ReferencePoint {
  Bytes size = 0;
  double cycles_low = 0, cycles_high = 0;  // a value is a range of one
  double ns_low = 0, ns_high = 0;
  std::string plateau;                     // "L1", "L2", "L3", "DRAM" or empty
  std::string gap;                         // why the model is known to miss this point, or empty

  double low(int clock_mhz) const { return cycles_low + ns_low * clock_mhz / 1000.0; }
  double high(int clock_mhz) const { return cycles_high + ns_high * clock_mhz / 1000.0; }
};

struct CalibrationReference {
  std::string model;
  Bytes page = 0;
  std::string source;
  std::vector<ReferencePoint> points;
};

// The `calibration` tables of the catalog files; refuses a malformed one at file:line:col.
std::vector<CalibrationReference> calibration_references(const std::map<std::string, std::string_view>& files);

// How far `value` is outside [low, high], relative to the nearest end (0 inside).
double relative_error(double value, double low, double high);

}  // namespace kzsim::study
