// kzsim calibrate MODEL [--pages 4K,2M,1G] [--host-page SIZE] [--sizes 32K,64K,...]
// [--independent] [--json]: the timing model's latency per access over working sets, to set
// beside published latency tables (core/study/calibration).
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "core/error.hpp"
#include "core/study/calibration.hpp"
#include "tools/subcommand.hpp"

namespace {

using namespace kzsim;

struct CalibrateOptions {
  std::string model;
  std::vector<std::string> pages;
  std::string host_page;
  std::vector<std::string> sizes{"16K", "32K", "64K", "128K", "256K", "512K", "1M", "2M", "4M", "8M",
                                 "16M", "32M", "64M", "128M", "256M", "512M", "1G"};
  bool independent = false;
  bool json = false;
};

int run(const CalibrateOptions& options) {
  const auto& model = catalog::Catalog::builtin().require_model(options.model);
  std::vector<Bytes> pages;
  for (const auto& page : options.pages) pages.push_back(require_size(page, "--pages"));
  if (pages.empty()) pages.push_back(model.page_sizes.front());
  std::optional<Bytes> host;
  if (!options.host_page.empty()) host = require_size(options.host_page, "--host-page");
  std::vector<study::CalibrationPoint> points;
  for (Bytes page : pages)
    for (const auto& size : options.sizes)
      points.push_back(study::calibrate(model, page, host, require_size(size, "--sizes"), options.independent));
  if (options.json) std::cout << study::to_json(points).dump(2) << "\n";
  else std::cout << study::calibration_table(points);
  return 0;
}

const bool registered = kzsim::tools::register_subcommand({
    "calibrate", "Latency per access of a model's timing over working sets (dependent pointer chase)",
    [](CLI::App& command) -> std::function<int()> {
      auto o = std::make_shared<CalibrateOptions>();
      command.add_option("MODEL", o->model, "CPU model id (kzsim models)")->required();
      command.add_option("--pages", o->pages, "Guest page sizes (default: the model's smallest)")->delimiter(',');
      command.add_option("--host-page", o->host_page, "Run in a kernel zone backed by host pages of SIZE (nested paging); "
                                                     "without it, native");
      command.add_option("--sizes", o->sizes, "Working sets, multiples of 64 bytes")->delimiter(',')->capture_default_str();
      command.add_flag("--independent", o->independent, "Independent random reads instead of a dependent chase");
      command.add_flag("--json", o->json, "An array of {model, guest_page, host_page, working_set, cycles_per_access, "
                                          "ns_per_access}");
      return [o]() { return run(*o); };
    }});

}  // namespace
