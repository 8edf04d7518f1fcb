// kzsim advise --machine ID...: the cpu-arch (and SPARC host-compatible) baseline under which a
// kernel zone can live-migrate among hosts of these catalog models.
#include <iostream>

#include "zones/advisor/advise_report.hpp"
#include "tools/subcommand.hpp"

namespace {

const bool registered = kzsim::tools::register_subcommand({
    "advise", "The migration class a kernel zone can keep among hosts of the given models",
    [](CLI::App& command) -> std::function<int()> {
      auto ids = std::make_shared<std::vector<std::string>>();
      command.add_option("--machine", *ids, "Model ids, as `kzsim models` lists them (one per host)")
          ->required()
          ->expected(1, -1);
      return [ids]() {
        const auto& catalog = kzsim::catalog::Catalog::builtin();
        std::vector<kzsim::zones::BaselineHost> hosts;
        for (const std::string& id : *ids) hosts.push_back({id, &catalog.require_model(id), std::nullopt});
        const auto baseline = kzsim::zones::cluster_baseline(hosts);
        std::cout << kzsim::zones::baseline_report(baseline);
        return baseline.cpu_arch.empty() ? 1 : 0;
      };
    }});

}  // namespace
