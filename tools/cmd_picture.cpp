// kzsim picture KIND ... [-o FILE.svg]: the teaching pictures (zones/teaching/pictures) as SVG
// on standard output or in FILE: a zone's states through a scenario, a live migration's
// pre-copy rounds and downtime, the nested page walk of a configuration, the cpu-arch class graph;
// `kzsim picture report SCENARIO -o FILE.html` the HTML page of a scenario with those that apply.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "core/error.hpp"
#include "core/scenario/load.hpp"
#include "core/units.hpp"
#include "tools/subcommand.hpp"
#include "zones/teaching/pictures/pictures.hpp"
#include "zones/teaching/pictures/scenario_report.hpp"

namespace {

using kzsim::InputError;

struct PictureArguments {
  std::string output;
  std::string scenario, zone, host;                                // states
  std::string memory = "16G", dirty_rate = "256M", bandwidth = "10Gbit/s", latency = "0.1ms";  // migration
  std::string machine, guest_page, backing_page;                    // walk
  std::string arch = "sparc";                                       // classes
};

int write(const PictureArguments& arguments, const std::string& document) {
  if (arguments.output.empty()) {
    std::cout << document;
    return 0;
  }
  std::ofstream file(arguments.output, std::ios::binary);
  file << document;
  if (!file) throw InputError(fmt::format("-o {}: cannot write the file; expected a writable path", arguments.output));
  return 0;
}

kzsim::Bytes size_option(const std::string& text, std::string_view option) {
  return kzsim::require_size(text, option);
}

std::string migration(const PictureArguments& arguments) {
  const auto bandwidth = kzsim::parse_bandwidth(arguments.bandwidth);
  if (!bandwidth || *bandwidth == 0)
    throw InputError(fmt::format("--bandwidth {}: expected a bandwidth such as 10Gbit/s", arguments.bandwidth));
  const auto latency = kzsim::parse_duration(arguments.latency);
  if (!latency) throw InputError(fmt::format("--latency {}: expected a duration such as 0.1ms", arguments.latency));
  return kzsim::zones::pictures::migration_timeline_picture(
      size_option(arguments.memory, "--memory"), static_cast<double>(size_option(arguments.dirty_rate, "--dirty-rate")),
      {static_cast<double>(*bandwidth) / 8, *latency});
}

std::string walk(const PictureArguments& arguments) {
  const auto& model = kzsim::catalog::Catalog::builtin().require_model(arguments.machine);
  const auto guest = size_option(arguments.guest_page, "--guest-page");
  const auto backing = size_option(arguments.backing_page, "--backing-page");
  for (const auto& [page, option] : {std::pair{guest, "--guest-page"}, std::pair{backing, "--backing-page"}})
    if (std::ranges::find(model.page_sizes, page) == model.page_sizes.end())
      throw InputError(fmt::format("{} {}: not a page size of {}; expected one that 'pagesize -a' prints there", option,
                                   kzsim::format_size(page), model.id));
  return kzsim::zones::pictures::page_walk_picture(model, guest, backing);
}

std::string classes(const PictureArguments& arguments) {
  if (arguments.arch != "sparc" && arguments.arch != "x86")
    throw InputError(fmt::format("--arch {}: expected sparc or x86", arguments.arch));
  return kzsim::zones::pictures::class_graph_picture(
      kzsim::catalog::Catalog::builtin(), arguments.arch == "sparc" ? kzsim::catalog::Arch::Sparc : kzsim::catalog::Arch::X86);
}

std::string report(const PictureArguments& arguments) {
  return kzsim::zones::pictures::scenario_report(kzsim::scenario::load_scenario(arguments.scenario));
}

std::string states(const PictureArguments& arguments) {
  const auto scenario = kzsim::scenario::load_scenario(arguments.scenario);
  return kzsim::zones::pictures::state_path_picture(
      arguments.zone, kzsim::zones::pictures::zone_state_path(scenario, arguments.host, arguments.zone));
}

const bool registered = kzsim::tools::register_subcommand({
    "picture", "Teaching pictures as SVG: a zone's states, a live migration, a nested page walk, the cpu-arch classes; "
    "a scenario's HTML report with them",
    [](CLI::App& command) -> std::function<int()> {
      auto arguments = std::make_shared<PictureArguments>();
      command.require_subcommand(1);
      command.fallthrough();  // -o after the kind: kzsim picture walk ... -o walk.svg
      command.add_option("-o,--output", arguments->output, "File to write (default: standard output)");
      auto* state = command.add_subcommand("states", "A zone's state after each step of a scenario");
      state->add_option("SCENARIO", arguments->scenario, "Scenario file to replay")->required();
      state->add_option("--zone", arguments->zone, "Zone to follow")->required();
      state->add_option("--host", arguments->host, "Host of the zone (default: the scenario's first)");
      auto* live = command.add_subcommand("migration", "A live migration's pre-copy rounds and downtime");
      live->add_option("--memory", arguments->memory, "Zone memory")->capture_default_str();
      live->add_option("--dirty-rate", arguments->dirty_rate, "Bytes the guest dirties per second")->capture_default_str();
      live->add_option("--bandwidth", arguments->bandwidth, "Link bandwidth")->capture_default_str();
      live->add_option("--latency", arguments->latency, "Link latency")->capture_default_str();
      auto* page_walk = command.add_subcommand("walk", "The nested page walk of a kernel zone's TLB miss");
      page_walk->add_option("--machine", arguments->machine, "Model id (see 'kzsim models')")->required();
      page_walk->add_option("--guest-page", arguments->guest_page, "Page size the guest maps")->required();
      page_walk->add_option("--backing-page", arguments->backing_page, "Page size backing the zone")->required();
      auto* graph = command.add_subcommand("classes", "The cpu-arch classes and which carries over to which");
      graph->add_option("--arch", arguments->arch, "sparc or x86")->capture_default_str();
      auto* page = command.add_subcommand("report", "An offline HTML page of a scenario's transcript and its pictures");
      page->add_option("SCENARIO", arguments->scenario, "Scenario file to replay")->required();
      return [arguments, state, live, page_walk, page]() {
        if (page->parsed()) return write(*arguments, report(*arguments));
        if (state->parsed()) return write(*arguments, states(*arguments));
        if (live->parsed()) return write(*arguments, migration(*arguments));
        if (page_walk->parsed()) return write(*arguments, walk(*arguments));
        return write(*arguments, classes(*arguments));
      };
    }});

}  // namespace
