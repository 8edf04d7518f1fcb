#pragma once
// The only source of randomness: a seeded SplitMix64 stream. Its output is defined bit for bit
// (unlike std:: distributions), so a scenario and seed print the same bytes on every machine.
#include <cstdint>
#include <string_view>

namespace kzsim {

class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed) {}

  // An independent stream for one purpose ("mac", "hostid", ...), so that adding a draw for one
  // purpose never shifts the values drawn for another.
  SeededRandom fork(std::string_view purpose) const;

  std::uint64_t next();
  // Uniform in [0, bound); bound must be positive.
  std::uint64_t below(std::uint64_t bound);

  // The stream's position: SeededRandom(state()) continues where this one is (saved worlds).
  std::uint64_t state() const { return state_; }

 private:
  std::uint64_t state_;
};

}  // namespace kzsim
