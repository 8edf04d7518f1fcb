// kzsim advise [--json] --machine ID...: the cpu-arch (and SPARC host-compatible) baseline under
// which a kernel zone can live-migrate among hosts of these catalog models, a group at a time
// (zones/advisor/fleet_advice); exit 0 when every group has an answer.
#include <iostream>

#include "zones/advisor/advise_report.hpp"
#include "tools/subcommand.hpp"

namespace {

struct AdviseArguments {
  std::vector<std::string> ids;
  bool json = false;
};

const bool registered = kzsim::tools::register_subcommand({
    "advise", "The migration class a kernel zone can keep among hosts of the given models, a group of "
              "hosts of one architecture at a time, with the zonecfg line to type",
    [](CLI::App& command) -> std::function<int()> {
      auto arguments = std::make_shared<AdviseArguments>();
      command.add_option("--machine", arguments->ids, "Model ids, as `kzsim models` lists them (one per host)")
          ->required()
          ->expected(1, -1);
      command.add_flag("--json", arguments->json, "A JSON array with one object a host (a kzsim extension)");
      return [arguments]() {
        const auto& catalog = kzsim::catalog::Catalog::builtin();
        std::vector<kzsim::zones::BaselineHost> hosts;
        for (const std::string& id : arguments->ids) hosts.push_back({id, &catalog.require_model(id), std::nullopt});
        const auto groups = kzsim::zones::fleet_advice(hosts);
        std::cout << (arguments->json ? kzsim::zones::listing_json(kzsim::zones::fleet_rows(groups))
                                      : kzsim::zones::fleet_report(groups));
        return kzsim::zones::every_group_answered(groups) ? 0 : 1;
      };
    }});

}  // namespace
