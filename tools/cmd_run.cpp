// kzsim run [--record] [--show] [--seed N] FILE|DIR...: replays scenarios (format 1).
#include <iostream>

#include "core/scenario/run.hpp"
#include "core/scenario/scenario_files.hpp"
#include "core/scenario/world_builder.hpp"
#include "tools/subcommand.hpp"

namespace {

struct RunArguments {
  std::vector<std::string> paths;
  kzsim::scenario::RunOptions options;
  std::uint64_t seed = 0;
};

const bool registered = kzsim::tools::register_subcommand({
    "run", "Replay scenario files; exit 0 when every expectation holds, 1 when one fails, 2 "
           "when a file is invalid",
    [](CLI::App& command) -> std::function<int()> {
      auto arguments = std::make_shared<RunArguments>();
      command.add_option("FILE|DIR", arguments->paths,
                         "Scenario files; a directory means every *.yaml below it")
          ->required();
      command.add_flag("--record", arguments->options.record,
                       "Write the actual outputs into the files' expect blocks");
      command.add_flag("--show", arguments->options.show,
                       "Print each step and its output as a terminal transcript");
      CLI::Option* seed = command.add_option("--seed", arguments->seed,
                                             "Seed for generated MACs, hostids, UUIDs and keys, "
                                             "instead of each file's");
      return [arguments, seed]() {
        if (*seed) arguments->options.seed = arguments->seed;
        return kzsim::scenario::run_scenarios(
            kzsim::scenario::scenario_files(arguments->paths), kzsim::scenario::build_world,
            arguments->options, std::cout, std::cerr);
      };
    }});

}  // namespace
