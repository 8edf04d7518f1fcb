#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::catalog {

// Levenshtein distance: the fewest single-character insertions, deletions and substitutions
// that turn `a` into `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates `word` may be a typo of (a few edits, more for longer names) or a fragment of
// ("t5", "haswell"), closest first.
std::vector<std::string> close_matches(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace kzsim::catalog
