#pragma once
// The report directory of a sweep: results.json, results.csv, the plots (SVG and PNG) and
// report.html, which holds the table and the SVG plots inline and needs no network.
#include <filesystem>
#include <string>

#include "core/study/sweep_results.hpp"

namespace kzsim::study {

// Writes every file of the report into `directory` (created when missing); `results` must be
// ranked. Returns the warning about plots, empty when they were drawn. Refuses (InputError) a
// directory it cannot write.
std::string write_report(const std::filesystem::path& directory, const SweepResults& results);

}  // namespace kzsim::study
