#include "core/scenario/text_regex.hpp"

namespace kzsim::scenario {

std::regex text_regex(const std::string& pattern) {
  return std::regex(pattern, std::regex::ECMAScript | std::regex_constants::__polynomial);
}

}  // namespace kzsim::scenario
