#include "core/study/access_trace.hpp"

#include <bit>

#include "core/error.hpp"
#include "core/random.hpp"

namespace kzsim::study {
namespace {

constexpr std::uint64_t word = 8;
constexpr std::uint64_t row = 64;

struct RandomRows {
  SeededRandom random;
  std::uint64_t rows;
  std::uint64_t base = 0, offset = row;
  std::uint64_t next() {
    if (offset == row) base = random.below(rows) * row, offset = 0;
    const std::uint64_t address = base + offset;
    offset += word;
    return address;
  }
};

struct Scan {
  std::uint64_t working_set;
  std::uint64_t address = 0;
  std::uint64_t next() {
    const std::uint64_t current = address;
    address = (address + word) % working_set;
    return current;
  }
};

// A linear congruential successor modulo a power of two with multiplier = 1 (mod 4) and an odd
// increment has full period (Hull-Dobell), so the chase is one cycle through every node.
struct Chase {
  std::uint64_t mask, multiplier, increment;
  std::uint64_t node = 0;
  std::uint64_t next() {
    node = (multiplier * node + increment) & mask;
    return node * row;
  }
};

Chase make_chase(SeededRandom random, Bytes working_set) {
  const std::uint64_t nodes = std::bit_floor(working_set / row);
  return {nodes - 1, (random.next() << 2) | 1, random.next() | 1};
}

template <typename Source>
void fill(std::vector<std::uint64_t>& trace, std::uint64_t count, Source& source) {
  for (std::uint64_t i = 0; i < count; ++i) trace.push_back(source.next());
}

}  // namespace

std::string_view workload_name(Workload workload) {
  switch (workload) {
    case Workload::Random: return "random";
    case Workload::Scan: return "scan";
    case Workload::Chase: return "chase";
    case Workload::Mix: return "mix";
    case Workload::Trace: return "trace";
  }
  return "?";
}

std::optional<Workload> parse_workload(std::string_view text) {
  for (Workload workload : all_workloads)
    if (workload_name(workload) == text) return workload;
  if (text == workload_name(Workload::Trace)) return Workload::Trace;
  return std::nullopt;
}

std::vector<std::uint64_t> make_trace(const TraceSpec& spec) {
  if (spec.working_set < row || spec.working_set % row != 0)
    throw InputError("working set " + format_size(spec.working_set) + ": expected a multiple of 64 bytes");
  const SeededRandom seed(spec.seed);
  RandomRows random{seed.fork("random"), spec.working_set / row};
  Scan scan{spec.working_set};
  Chase chase = make_chase(seed.fork("chase"), spec.working_set);
  std::vector<std::uint64_t> trace;
  trace.reserve(spec.accesses);
  switch (spec.workload) {
    case Workload::Random: fill(trace, spec.accesses, random); break;
    case Workload::Scan: fill(trace, spec.accesses, scan); break;
    case Workload::Chase: fill(trace, spec.accesses, chase); break;
    case Workload::Trace: throw InputError("the trace workload is read from a file (--trace), not generated");
    case Workload::Mix: {
      SeededRandom choice = seed.fork("mix");
      constexpr std::uint64_t run = 64;
      for (std::uint64_t done = 0; done < spec.accesses; done += run) {
        const std::uint64_t count = std::min(run, spec.accesses - done);
        switch (choice.below(3)) {
          case 0: fill(trace, count, random); break;
          case 1: fill(trace, count, scan); break;
          default: fill(trace, count, chase); break;
        }
      }
      break;
    }
  }
  return trace;
}

}  // namespace kzsim::study
