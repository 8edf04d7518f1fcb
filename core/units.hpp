#pragma once
// Sizes, durations and bandwidths as Solaris tools and scenarios write them.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kzsim {

using Bytes = std::uint64_t;

inline constexpr Bytes KiB = 1024;
inline constexpr Bytes MiB = 1024 * KiB;
inline constexpr Bytes GiB = 1024 * MiB;
inline constexpr Bytes TiB = 1024 * GiB;

// "8G", "2048m", "16g", "256M", "4096", "1.5G": an integer or decimal number with an optional
// binary scale unit K, M, G or T (either case, optional trailing B). Returns nothing when the
// text is not a size or the value is not a whole number of bytes.
std::optional<Bytes> parse_size(std::string_view text);

// Like parse_size, but refuses with an InputError naming `what` and the expected form.
Bytes require_size(std::string_view text, std::string_view what);

// The shortest exact Solaris spelling: 4294967296 -> "4G", 5100273664 -> "4.75G",
// 268435456 -> "256M", 1000 -> "1000". Fractions are printed only when exact to 2 places.
std::string format_size(Bytes bytes);

// Simulated time is counted in nanoseconds.
using SimDuration = std::chrono::nanoseconds;

// "10m", "30s", "2h", "0.1ms", "250us", "1.5s"; nothing for a duration SimDuration cannot hold
// (over 2562047h, about 292 years).
std::optional<SimDuration> parse_duration(std::string_view text);

// The nanoseconds `text` names, however many (nothing when it names no duration), so that a
// refusal can tell a duration too long for SimDuration from no duration at all.
std::optional<long double> duration_nanoseconds(std::string_view text);

// "10Gbit/s", "1Gbit/s", "100Mbit/s", "125MB/s" -> bits per second.
std::optional<std::uint64_t> parse_bandwidth(std::string_view text);

}  // namespace kzsim
