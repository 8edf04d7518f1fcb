#include "core/catalog/edit_distance.hpp"

#include <algorithm>
#include <numeric>
#include <vector>

namespace kzsim::catalog {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::vector<std::string> close_matches(std::string_view word, const std::vector<std::string>& candidates) {
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const std::string& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    const bool typo = distance <= std::max<std::size_t>(2, candidate.size() / 4);
    const bool fragment = word.size() >= 2 && candidate.find(word) != std::string::npos;
    if (typo || fragment) ranked.emplace_back(distance, candidate);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> close;
  for (auto& [distance, candidate] : ranked) close.push_back(std::move(candidate));
  return close;
}

}  // namespace kzsim::catalog
