#pragma once
#include <cstddef>
#include <string_view>

namespace kzsim::catalog {

// Levenshtein distance: the fewest single-character insertions, deletions and substitutions
// that turn `a` into `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace kzsim::catalog
