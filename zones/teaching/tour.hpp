#pragma once
// kzsim tour: a guided walk through the guide's chapters on simulated hosts. The tour is data
// (zones/teaching/tour.yaml, its world scenarios/tour-world.yaml, both embedded at build time):
// each chapter names the guide section it follows, and each step says what it shows, runs one
// command line and states the exit status it shows, so that a replay fails when the simulator
// changes.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/shell/command.hpp"
#include "zones/world.hpp"

namespace kzsim::zones {

struct TourStep {
  std::string say;  // what the step shows and why (may be empty)
  std::string run;
  std::string host;  // empty: the world's first host
  std::string user = "root";
  std::string stdin_text;
  int exit = 0;                     // the exit status the step shows
  std::vector<std::string> shows;   // texts its output must contain
  bool show_output = true;          // false: only the number of lines is printed
  SourceLocation where;
};

struct TourChapter {
  std::string title;
  std::string section;  // guide section title
  std::string page;
  std::vector<TourStep> steps;
};

struct Tour {
  std::string file;
  std::string world_file;  // a format-1 scenario whose hosts, storage and users the tour uses
  std::vector<TourChapter> chapters;

  // Refuses (InputError at file:line:col) a missing or unknown key and a value of the wrong type.
  static Tour from_yaml(const std::string& file, std::string_view text);
};

// The embedded tour and its world.
const Tour& builtin_tour();
std::unique_ptr<World> builtin_tour_world();

// Runs every step on `world`, writing the narration, each command as typed at its host's prompt
// and its output to `out`. `before_step` runs before each step (kzsim tour --pause). Returns one
// line per step that did not show what it states ("tour.yaml:12:7: exit 0, expected 1").
std::vector<std::string> run_tour(const Tour& tour, World& world, shell::Streams& out,
                                  const std::function<void()>& before_step);

}  // namespace kzsim::zones
