#pragma once
// Plots of a sweep drawn by gnuplot, run as a subprocess: per model, cycles per access and the
// share of cycles spent in page walks, one bar per workload for each configuration, as SVG and
// PNG in the report directory.
#include <filesystem>
#include <string>
#include <vector>

#include "core/study/sweep.hpp"

namespace kzsim::study {

struct Plots {
  std::vector<std::string> svgs;  // file names inside the directory, in drawing order
  std::vector<std::string> pngs;
  std::string warning;            // why there are none (gnuplot missing or failing), else empty
};

// Writes the data and script files and runs `gnuplot` from PATH; its messages go to
// plots.log. Without gnuplot the plots are skipped with a warning.
Plots draw_plots(const std::filesystem::path& directory, const std::vector<Result>& results);

}  // namespace kzsim::study
