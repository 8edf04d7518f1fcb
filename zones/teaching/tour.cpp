#include "zones/teaching/tour.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/catalog/yaml_table.hpp"
#include "core/scenario/load.hpp"
#include "zones/teaching/teaching_data.hpp"

namespace kzsim::zones {

namespace {

using catalog::TableNode;

TourStep read_step(const TableNode& entry) {
  entry.only_keys({"say", "run", "host", "user", "stdin", "exit", "shows", "output"});
  TourStep step;
  step.where = entry.where();
  step.say = entry.text_or("say", "");
  step.run = entry["run"].text();
  step.host = entry.text_or("host", "");
  step.user = entry.text_or("user", "root");
  step.stdin_text = entry.text_or("stdin", "");
  if (entry.has("exit")) step.exit = entry["exit"].integer(0, 255);
  if (entry.has("shows")) step.shows = entry["shows"].texts();
  if (entry.has("output")) {
    const std::string output = entry["output"].text();
    if (output != "shown" && output != "counted") entry["output"].refuse("shown or counted");
    step.show_output = output == "shown";
  }
  return step;
}

TourChapter read_chapter(const TableNode& entry) {
  entry.only_keys({"title", "section", "page", "steps"});
  TourChapter chapter{entry["title"].text(), entry["section"].text(), entry["page"].text(), {}};
  for (const TableNode& step : entry["steps"].items()) chapter.steps.push_back(read_step(step));
  if (chapter.steps.empty()) entry["steps"].refuse("at least one step");
  return chapter;
}

std::string prompt(const World& world, const TourStep& step) {
  const std::string& host = step.host.empty() ? world.host_names().front() : step.host;
  return step.user == "root" ? fmt::format("{}# ", host) : fmt::format("{}@{}$ ", step.user, host);
}

std::size_t line_count(std::string_view text) {
  return static_cast<std::size_t>(std::ranges::count(text, '\n')) + (text.empty() || text.ends_with('\n') ? 0 : 1);
}

// What a step did that it does not state, or nothing.
std::string mismatch(const TourStep& step, const scenario::Transcript& transcript) {
  if (transcript.exit != step.exit) return fmt::format("exit {}, expected {}", transcript.exit, step.exit);
  for (const std::string& text : step.shows)
    if (transcript.interleaved.find(text) == std::string::npos) return fmt::format("output lacks '{}'", text);
  return {};
}

}  // namespace

Tour Tour::from_yaml(const std::string& file, std::string_view text) {
  const TableNode table = TableNode::parse(file, text);
  table.only_keys({"world", "chapters"});
  Tour tour{file, table["world"].text(), {}};
  for (const TableNode& chapter : table["chapters"].items()) tour.chapters.push_back(read_chapter(chapter));
  return tour;
}

const Tour& builtin_tour() { return embedded_table<Tour>("tour.yaml"); }

std::unique_ptr<World> builtin_tour_world() {
  const std::string& file = builtin_tour().world_file;
  const auto found = embedded::teaching_files().find(file);
  if (found == embedded::teaching_files().end())
    throw InputError(fmt::format("world: {} is not embedded; expected tour-world.yaml", file),
                     SourceLocation{builtin_tour().file, 0, 0});
  auto built = scenario::build_world(scenario::load_scenario_text(std::string(found->second), file));
  return std::unique_ptr<World>(dynamic_cast<World*>(built.release()));
}

std::vector<std::string> run_tour(const Tour& tour, World& world, shell::Streams& out,
                                  const std::function<void()>& before_step) {
  std::vector<std::string> mismatches;
  std::size_t number = 0;
  for (const TourChapter& chapter : tour.chapters) {
    out.out(fmt::format("== Chapter {} of {}: {}\n   guide: \"{}\", page {}\n\n", ++number, tour.chapters.size(),
                        chapter.title, chapter.section, chapter.page));
    for (const TourStep& step : chapter.steps) {
      before_step();
      if (!step.say.empty()) out.out(step.say + (step.say.ends_with('\n') ? "\n" : "\n\n"));
      out.out(prompt(world, step) + step.run + "\n");
      scenario::RunStep run{step.run, step.host, step.user, std::nullopt, std::nullopt};
      if (!step.stdin_text.empty()) run.stdin_text = step.stdin_text;
      const scenario::Transcript transcript = world.run(run);
      out.out(step.show_output ? transcript.interleaved
                               : fmt::format("({} lines of output)\n", line_count(transcript.interleaved)));
      out.out("\n");
      if (const std::string wrong = mismatch(step, transcript); !wrong.empty())
        mismatches.push_back(fmt::format("{}: {}: {}", step.where.describe(), step.run, wrong));
    }
  }
  return mismatches;
}

}  // namespace kzsim::zones
