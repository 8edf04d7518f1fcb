#include "tests/core/catalog/catalog_fixture.hpp"

#include <stdexcept>

namespace kzsim::catalog::testing {

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  if (at == std::string::npos) throw std::logic_error("fixture text not found: " + std::string(from));
  return text.replace(at, from.size(), to);
}

}  // namespace kzsim::catalog::testing
