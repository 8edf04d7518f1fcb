#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/catalog/catalog.hpp"

namespace kzsim::catalog {

std::optional<Version> Version::parse(std::string_view text) {
  Version version;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = std::min(text.find('.', start), text.size());
    const std::string_view part = text.substr(start, dot - start);
    if (part.empty() || part.size() > 9) return std::nullopt;
    int value = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    version.parts.push_back(value);
    if (dot == text.size()) return version;
    start = dot + 1;
  }
}

std::string Version::text() const { return fmt::format("{}", fmt::join(parts, ".")); }

}  // namespace kzsim::catalog
