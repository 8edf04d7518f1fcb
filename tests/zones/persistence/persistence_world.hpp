#pragma once
// Worlds and directories for the persistence tests: a two-host SPARC world (global1, global2)
// with shared boot and suspend storage, a scratch directory per test, and a canonical text of a
// world (its document with contents named by digest) to compare worlds by.
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/scenario/load.hpp"
#include "zones/persistence/digest.hpp"
#include "zones/persistence/world_codec.hpp"
#include "zones/persistence/world_store.hpp"
#include "zones/world.hpp"

namespace kzsim::zones::testing {

inline constexpr std::string_view kBootStorage = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60010";
inline constexpr std::string_view kSuspendStorage = "iscsi://zfssa/luname.naa.600144F0DBF8AF19000052E820D60011";

inline std::unique_ptr<World> two_host_world() {
  const std::string text = fmt::format(
      "format: 1\nname: persistence\nseed: 7\nhosts:\n  global1: {{machine: sparc-t7}}\n  global2: {{machine: sparc-t7}}\n"
      "storage:\n  - uri: {}\n    size: 16G\n  - uri: {}\n    size: 16G\nsteps:\n  - run: 'true'\n",
      kBootStorage, kSuspendStorage);
  auto built = scenario::build_world(scenario::load_scenario_text(text, "persistence.yaml"));
  return std::unique_ptr<World>(dynamic_cast<World*>(built.release()));
}

// The zonecfg line that configures kz on the shared storage with a shared suspend resource.
inline std::string configure_kz() {
  return fmt::format("zonecfg -z kz 'create -t SYSsolaris-kz; select device id=0; set storage={}; end; "
                     "select capped-memory; set physical=4G; end; select suspend; clear path; set storage={}; end; commit'",
                     kBootStorage, kSuspendStorage);
}

inline scenario::Transcript run_on(World& world, std::string command, std::string host = "global1") {
  scenario::RunStep step;
  step.command = std::move(command);
  step.host = std::move(host);
  return world.run(step);
}

// Everything the store keeps of a world, contents replaced by their digests.
inline std::string canonical(const World& world) {
  const persistence::ContentSink sink{
      [](const std::string& content) { return persistence::sha256_hex(content); },
      [](const std::string&, const std::string&, const std::string& content) { return persistence::sha256_hex(content); }};
  return persistence::encode_world(world, sink).dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Runs each command on global1 (each must exit 0), saves `world` into `directory` and loads it
// back, which must give the same world; null when a command failed.
inline std::unique_ptr<World> reload_after(World& world, const std::vector<std::string>& commands,
                                           const std::filesystem::path& directory) {
  for (const std::string& command : commands) {
    const scenario::Transcript result = run_on(world, command);
    if (result.exit != 0) {
      ADD_FAILURE() << command << ": " << result.err;
      return nullptr;
    }
  }
  persistence::WorldStore store(directory);
  store.save(world);
  std::unique_ptr<World> reloaded = store.load();
  EXPECT_EQ(canonical(*reloaded), canonical(world));
  return reloaded;
}

class ScratchDirectory {
 public:
  ScratchDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kzsim-persistence-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace kzsim::zones::testing
