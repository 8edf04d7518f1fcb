#include "zones/persistence/zone_roots.hpp"

#include <fstream>
#include <set>

#include "zones/world.hpp"

namespace kzsim::zones::persistence {

namespace {

namespace fs = std::filesystem;

constexpr const char* kRoots = "zone-roots";
constexpr const char* kZonepathRecord = "zonepath";  // beside root/: where the link was made

bool installed(const Zone& zone) {
  return zone.state != ZoneState::Configured && zone.state != ZoneState::Incomplete;
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::trunc) << text;
}

// What an installed zone's root holds that a client edits from the global zone: root's shadow
// entry (no password yet: "NP", as shadow(5) writes a locked-out account), the node name, and
// the directory of the ssh host keys.
void populate(const fs::path& root, const Zone& zone) {
  write(root / "etc/shadow", "root:NP:6445::::::\n");
  write(root / "etc/nodename", zone.name + "\n");
  fs::create_directories(root / "etc/ssh");
}

void show_through_zonepath(const fs::path& zone_directory, const Zone& zone) {
  const auto zonepath = zone.config.get("zonepath");
  if (!zonepath || !zonepath->starts_with('/')) return;
  const fs::path link(*zonepath);
  std::error_code error;
  if (fs::exists(fs::symlink_status(link, error)) || !fs::is_directory(link.parent_path(), error)) return;
  fs::create_directory_symlink(zone_directory, link, error);
  if (!error) write(zone_directory / kZonepathRecord, link.string());
}

void remove_zone_directory(const fs::path& zone_directory) {
  std::error_code error;
  std::ifstream record(zone_directory / kZonepathRecord);
  std::string link;
  if (std::getline(record, link) && fs::is_symlink(link, error) && fs::read_symlink(link, error) == zone_directory)
    fs::remove(link, error);
  fs::remove_all(zone_directory, error);
}

}  // namespace

void sync_zone_roots(const World& world, const fs::path& world_directory) {
  const fs::path roots = fs::absolute(world_directory) / kRoots;
  std::set<fs::path> kept;
  for (const std::string& host_name : world.host_names()) {
    for (const auto& [name, zone] : world.find_host(host_name)->zones) {
      if (zone.config.brand != "solaris") continue;
      const fs::path zone_directory = roots / host_name / name;
      if (!fs::exists(zone_directory)) {
        if (!installed(zone)) continue;
        populate(zone_directory / "root", zone);
        show_through_zonepath(zone_directory, zone);
      }
      kept.insert(zone_directory);
    }
  }
  std::error_code error;
  if (!fs::is_directory(roots, error)) return;
  for (const auto& host : fs::directory_iterator(roots))
    for (const auto& zone : fs::directory_iterator(host.path()))
      if (!kept.contains(zone.path())) remove_zone_directory(zone.path());
}

}  // namespace kzsim::zones::persistence
