#include "zones/teaching/pictures/readable_units.hpp"

#include <fmt/format.h>

#include <iterator>
#include <string_view>

namespace kzsim::zones::pictures {

namespace {

// "16", "239.5": whole numbers without a decimal.
std::string one_decimal(double value) {
  const std::string text = fmt::format("{:.1f}", value);
  return text.ends_with(".0") ? text.substr(0, text.size() - 2) : text;
}

}  // namespace

std::string readable_size(double bytes) {
  static constexpr std::string_view units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
  std::size_t unit = 0;
  while (unit + 1 < std::size(units) && bytes >= 1024) {
    bytes /= 1024;
    ++unit;
  }
  return fmt::format("{} {}", one_decimal(bytes), units[unit]);
}

std::string readable_duration(double milliseconds) {
  if (milliseconds < 1000) return fmt::format("{} ms", one_decimal(milliseconds));
  if (milliseconds < 60e3) return fmt::format("{} s", one_decimal(milliseconds / 1e3));
  if (milliseconds < 3600e3) return fmt::format("{} min", one_decimal(milliseconds / 60e3));
  return fmt::format("{} h", one_decimal(milliseconds / 3600e3));
}

}  // namespace kzsim::zones::pictures
