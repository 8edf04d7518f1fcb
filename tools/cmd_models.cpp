// kzsim models [--json] [show ID]: the CPU models kzsim simulates.
#include <iostream>

#include "core/catalog/model_report.hpp"
#include "tools/subcommand.hpp"

namespace {

const bool registered = kzsim::tools::register_subcommand({
    "models", "List the simulated CPU models, or show one in full",
    [](CLI::App& command) -> std::function<int()> {
      auto json = std::make_shared<bool>(false);
      auto id = std::make_shared<std::string>();
      command.add_flag("--json", *json, "Print JSON");
      command.fallthrough();
      CLI::App* show = command.add_subcommand("show", "Print every fact of one model");
      show->add_option("ID", *id, "Model id, as `kzsim models` lists it")->required();
      return [json, id, show]() {
        const auto& catalog = kzsim::catalog::Catalog::builtin();
        if (!show->parsed()) {
          std::cout << (*json ? models_json(catalog) : models_table(catalog));
          return 0;
        }
        const auto& model = catalog.require_model(*id);
        std::cout << (*json ? model_json(catalog, model) : model_details(catalog, model));
        return 0;
      };
    }});

}  // namespace
