#pragma once
// A world kept in a directory between kzsim commands (kzsim shell/exec --world DIR):
//   world.json              the world document (zones/persistence/world_codec) and its SHA-256
//   files/SHA256            a host file's content, named by its digest
//   storage/URI/BLOCK.SHA256  a shared storage block (host data, suspend image) as written
//   lock                    held (flock) by the one kzsim using the directory
// A save writes the new contents first, then replaces world.json atomically (the commit), then
// removes what the new document no longer names. A crash at any point leaves the last committed
// world whole: world.json names only contents written before it.
#include <cstdint>
#include <chrono>
#include <filesystem>
#include <memory>

#include "zones/persistence/durable_directory.hpp"
#include "zones/world.hpp"

namespace kzsim::zones::persistence {

class WorldStore {
 public:
  // Opens `directory`, creating it when missing, and locks it. Throws InputError when it is not
  // a directory, holds files but no world (a foreign directory), or another kzsim holds it.
  // `kill_at`: see KillSwitch (tests and RELIABILITY.md's kill points). `wait`: how long to wait
  // for another kzsim to let the world go before refusing (kzsim exec waits, so that commands
  // sent at the same time run one after the other; kzsim shell does not).
  explicit WorldStore(std::filesystem::path directory, std::uint64_t kill_at = 0,
                      std::chrono::milliseconds wait = std::chrono::milliseconds(0));
  ~WorldStore();
  WorldStore(const WorldStore&) = delete;
  WorldStore& operator=(const WorldStore&) = delete;

  bool holds_world() const;
  // Throws InputError naming the file and what was expected when the world is damaged.
  std::unique_ptr<World> load() const;
  void save(const World& world);
  std::uint64_t steps() const { return kill_.steps(); }

 private:
  std::string content(const std::string& name) const;

  KillSwitch kill_;
  DurableDirectory directory_;
  int lock_ = -1;
};

}  // namespace kzsim::zones::persistence
