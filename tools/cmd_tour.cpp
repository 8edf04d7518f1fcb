// kzsim tour [--pause]: a guided walk through the guide's chapters on simulated hosts
// (zones/teaching/tour, its steps in zones/teaching/tour.yaml). Exits 1 when a step did not show
// what the tour states, naming it; --pause waits for Enter before each step on a terminal.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <string>

#include "tools/subcommand.hpp"
#include "zones/teaching/tour.hpp"

namespace {

class ConsoleStreams : public kzsim::shell::Streams {
 public:
  void out(std::string_view text) override { std::cout << text << std::flush; }
  void err(std::string_view text) override { std::cerr << text << std::flush; }
};

int run_tour(bool pause) {
  auto world = kzsim::zones::builtin_tour_world();
  ConsoleStreams streams;
  const bool waits = pause && isatty(STDIN_FILENO) != 0;
  const auto mismatches = kzsim::zones::run_tour(kzsim::zones::builtin_tour(), *world, streams, [waits] {
    if (!waits) return;
    std::cout << "[Enter] " << std::flush;
    std::string ignored;
    std::getline(std::cin, ignored);
  });
  for (const std::string& mismatch : mismatches) std::cerr << "kzsim tour: " << mismatch << "\n";
  return mismatches.empty() ? 0 : 1;
}

const bool registered = kzsim::tools::register_subcommand({
    "tour", "A guided walk through the guide's chapters on simulated hosts, each step naming its guide section",
    [](CLI::App& command) -> std::function<int()> {
      auto pause = std::make_shared<bool>(false);
      command.add_flag("--pause", *pause, "Wait for Enter before each step (on a terminal)");
      return [pause]() { return run_tour(*pause); };
    }});

}  // namespace
