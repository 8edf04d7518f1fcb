#include "zones/network/link_name.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace kzsim::zones {

std::optional<std::string> link_name_refusal(std::string_view name) {
  constexpr std::string_view kExpected =
      "expected at most 31 letters, digits and underscores, not starting with a digit and ending in a digit, "
      "e.g. net0";
  if (name.size() > kMaxLinkNameLength) return fmt::format("link name too long '{}'; {}", name, kExpected);
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  const bool valid = !name.empty() && !digit(name.front()) && digit(name.back()) &&
                     std::ranges::all_of(name, [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
  if (valid) return std::nullopt;
  return fmt::format("invalid link name '{}'; {}", name, kExpected);
}

}  // namespace kzsim::zones
