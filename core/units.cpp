#include "core/units.hpp"

#include <cctype>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kzsim {

namespace {

struct Number {
  long double value;
  std::string_view rest;  // what follows the number
};

std::optional<Number> leading_number(std::string_view text) {
  std::size_t i = 0;
  long double value = 0;
  bool digits = false;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    value = value * 10 + (text[i] - '0');
    digits = true;
    ++i;
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    long double scale = 0.1L;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
      value += (text[i] - '0') * scale;
      scale /= 10;
      digits = true;
      ++i;
    }
  }
  if (!digits) return std::nullopt;
  return Number{value, text.substr(i)};
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<Bytes> parse_size(std::string_view text) {
  auto number = leading_number(text);
  if (!number) return std::nullopt;
  std::string unit = lower(number->rest);
  if (unit.size() == 2 && unit[1] == 'b') unit.pop_back();
  Bytes scale = 1;
  if (unit == "k") scale = KiB;
  else if (unit == "m") scale = MiB;
  else if (unit == "g") scale = GiB;
  else if (unit == "t") scale = TiB;
  else if (!unit.empty() && unit != "b") return std::nullopt;
  long double bytes = number->value * static_cast<long double>(scale);
  if (bytes > 1.8e19L || bytes != std::floor(bytes)) return std::nullopt;
  return static_cast<Bytes>(bytes);
}

Bytes require_size(std::string_view text, std::string_view what) {
  if (auto size = parse_size(text)) return *size;
  throw InputError(fmt::format("{}: '{}' is not a size; expected a number with an optional "
                               "unit K, M, G or T (for example 16G or 2048m)",
                               what, text));
}

std::string format_size(Bytes bytes) {
  static constexpr struct { Bytes scale; char unit; } units[] = {
      {TiB, 'T'}, {GiB, 'G'}, {MiB, 'M'}, {KiB, 'K'}};
  for (const auto& u : units) {
    if (bytes < u.scale) continue;
    if (bytes % u.scale == 0) return fmt::format("{}{}", bytes / u.scale, u.unit);
    if (bytes > std::numeric_limits<Bytes>::max() / 100) continue;  // bytes * 100 would wrap
    Bytes hundredths = bytes * 100 / u.scale;
    if (hundredths * u.scale == bytes * 100) {
      std::string text = fmt::format("{}.{:02}", hundredths / 100, hundredths % 100);
      if (text.back() == '0') text.pop_back();
      return text + u.unit;
    }
  }
  return std::to_string(bytes);
}

std::optional<long double> duration_nanoseconds(std::string_view text) {
  auto number = leading_number(text);
  if (!number) return std::nullopt;
  std::string unit = lower(number->rest);
  long double ns_per_unit;
  if (unit == "ns") ns_per_unit = 1;
  else if (unit == "us") ns_per_unit = 1e3L;
  else if (unit == "ms") ns_per_unit = 1e6L;
  else if (unit == "s") ns_per_unit = 1e9L;
  else if (unit == "m") ns_per_unit = 60e9L;
  else if (unit == "h") ns_per_unit = 3600e9L;
  else return std::nullopt;
  return number->value * ns_per_unit;
}

std::optional<SimDuration> parse_duration(std::string_view text) {
  const auto nanoseconds = duration_nanoseconds(text);
  if (!nanoseconds || std::roundl(*nanoseconds) > static_cast<long double>(SimDuration::max().count()))
    return std::nullopt;
  return SimDuration(static_cast<std::int64_t>(std::llroundl(*nanoseconds)));
}

std::optional<std::uint64_t> parse_bandwidth(std::string_view text) {
  auto number = leading_number(text);
  if (!number) return std::nullopt;
  std::string unit = lower(number->rest);
  long double bits;
  if (unit == "bit/s") bits = 1;
  else if (unit == "kbit/s") bits = 1e3L;
  else if (unit == "mbit/s") bits = 1e6L;
  else if (unit == "gbit/s") bits = 1e9L;
  else if (unit == "mb/s") bits = 8e6L;
  else if (unit == "gb/s") bits = 8e9L;
  else return std::nullopt;
  return static_cast<std::uint64_t>(std::llround(number->value * bits));
}

}  // namespace kzsim
